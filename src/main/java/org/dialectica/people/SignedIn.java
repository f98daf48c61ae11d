package org.dialectica.people;

import java.util.Collection;
import java.util.List;
import org.dialectica.base.ui.NamedPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session: the person, so every page knows their name and role. */
final class SignedIn implements UserDetails, CredentialsContainer, NamedPrincipal {
    private final Person person;
    private String passwordHash;
    private final boolean enabled;

    SignedIn(Person person, String passwordHash, boolean enabled) {
        this.person = person;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    Person person() {
        return person;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(person.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return person.login();
    }

    @Override
    public String displayName() {
        return person.name();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    // the hash is not kept in the session once the login is checked
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
