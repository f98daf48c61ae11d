package org.dialectica.people;

import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/**
 * "Keep me signed in": Spring Security's persistent remember-me tokens, one row per browser in
 * {@code persistent_logins} (V10). Chosen over Spring Session JDBC because a Vaadin session holds
 * the whole component tree of every open page: storing it would serialise that tree at every
 * request, while a token lets a page whose server restarted (or moved to another instance) sign in
 * again by itself and rebuild its view from its address. A token is worth nothing once its account
 * changed: disabled, another role, a new password (also one the person chose) — its rows go in the
 * same transaction as the change.
 */
@Component
class RememberedSignIns {
    /** How long a browser stays signed in without a visit. */
    static final int VALID_SECONDS = 14 * 24 * 60 * 60;
    private final JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();

    RememberedSignIns(DataSource dataSource) {
        tokens.setDataSource(dataSource);
    }

    PersistentTokenRepository tokens() {
        return tokens;
    }

    @EventListener
    void accountChanged(AccountChanged change) {
        tokens.removeUserTokens(change.login());
    }
}
