package org.dialectica.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: who can sign in, with which role. Admins create, disable and reset them; everyone
 * changes their own password. Passwords are stored only as hashes of the configured encoder.
 */
@Service
public class Accounts implements UserDetailsService {
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private final PeopleRepositories.Accounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Accounts(PeopleRepositories.Accounts accounts, PasswordEncoder encoder, AuditLog audit, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        AccountEntity a = accounts.findById(normal(login)).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new SignedIn(a.person(), a.passwordHash, a.enabled);
    }

    @Transactional(readOnly = true)
    public Optional<Person> person(String login) {
        return accounts.findById(normal(login)).map(AccountEntity::person);
    }

    /** Whether the signed-in person must choose a new password before going on. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return CurrentPerson.find().flatMap(p -> accounts.findById(p.login())).map(a -> a.mustChangePassword).orElse(false);
    }

    @Transactional(readOnly = true)
    boolean isEmpty() {
        return accounts.count() == 0;
    }

    /** The people one can share a map with: every enabled account's login, name and role (no emails). */
    @Transactional(readOnly = true)
    public List<Person> directory() {
        CurrentPerson.get();
        return accounts.findAllByOrderByLoginAsc().stream().filter(a -> a.enabled).map(AccountEntity::person).toList();
    }

    /** Every account; admins only. */
    @Transactional(readOnly = true)
    public List<Account> list() {
        requireAdmin();
        return accounts.findAllByOrderByLoginAsc().stream().map(AccountEntity::account).toList();
    }

    /** A new account with the given password, to be changed at the first sign-in (the admin knows it); admins only. */
    @Transactional
    public Account create(String login, String name, String email, Role role, String password) {
        Person admin = requireAdmin();
        Account created = add(login, name, email, role, password, true);
        audit.record(admin.login(), "account-created", created.login() + " (" + role + ")");
        return created;
    }

    /** Creates an account without a signed-in admin: the first start and the class list import. */
    Account add(String login, String name, String email, Role role, String password, boolean mustChange) {
        String l = normal(login);
        if (!isLogin(l)) {
            throw new Refusal("account.error.login", shorten(login));
        }
        if (accounts.existsById(l)) throw new Refusal("account.error.exists", l);
        if (role == null) throw new Refusal("account.error.role", l);
        String n = name == null || name.isBlank() ? l : name.strip();
        org.dialectica.map.TypedText.check("name", n);
        if (n.length() > 200) throw new Refusal("account.error.name", 200);
        String e = email == null || email.isBlank() ? null : email.strip();
        org.dialectica.map.TypedText.check("email", e);
        if (e != null && (e.length() > 300 || !e.contains("@"))) {
            throw new Refusal("account.error.email", shorten(e));
        }
        Passwords.check(password);
        AccountEntity a = new AccountEntity(l, n, e, encoder.encode(password), role);
        a.mustChangePassword = mustChange;
        return accounts.save(a).account();
    }

    /** Lets an account sign in or not; admins only, and never their own. */
    @Transactional
    public void setEnabled(String login, boolean enabled) {
        Person admin = requireAdmin();
        if (admin.login().equals(normal(login)) && !enabled) throw new Refusal("account.error.ownDisable");
        AccountEntity a = find(login);
        a.enabled = enabled;
        audit.record(admin.login(), enabled ? "account-enabled" : "account-disabled", a.login);
        if (!enabled) events.publishEvent(new AccountChanged(a.login, false));
    }

    /** A random password for an account an admin creates: shown to them once, changed at the first sign-in. */
    public static String temporaryPassword() {
        return Passwords.random();
    }

    /** Gives an account a new random password, to be changed at the next sign-in; answers it once. Admins only. */
    @Transactional
    public String resetPassword(String login) {
        Person admin = requireAdmin();
        AccountEntity a = find(login);
        String password = Passwords.random();
        a.passwordHash = encoder.encode(password);
        a.mustChangePassword = true;
        audit.record(admin.login(), "password-reset", a.login);
        events.publishEvent(new AccountChanged(a.login, false));
        return password;
    }

    /** The signed-in person changes their own password, proving the current one. */
    @Transactional
    public void changePassword(String current, String chosen) {
        Person me = CurrentPerson.get();
        AccountEntity a = find(me.login());
        if (current == null || !encoder.matches(current, a.passwordHash)) {
            throw new Refusal("account.error.current");
        }
        Passwords.check(chosen);
        if (chosen.equals(current)) throw new Refusal("account.error.same");
        a.passwordHash = encoder.encode(chosen);
        a.mustChangePassword = false;
        audit.record(me.login(), "password-changed", null);
        events.publishEvent(new AccountChanged(a.login, true));
    }

    /** Changes a person's role; admins only, never their own. */
    @Transactional
    public void setRole(String login, Role role) {
        Person admin = requireAdmin();
        if (admin.login().equals(normal(login))) throw new Refusal("account.error.ownRole");
        AccountEntity a = find(login);
        if (a.role == role) return;
        a.role = role;
        audit.record(admin.login(), "role-changed", a.login + " → " + role);
        events.publishEvent(new AccountChanged(a.login, false));
    }

    private AccountEntity find(String login) {
        return accounts.findById(normal(login))
                .orElseThrow(() -> new Refusal("account.error.unknown", shorten(login)));
    }

    static Person requireAdmin() {
        Person me = CurrentPerson.get();
        if (!me.isAdmin()) throw new AccessDeniedException("Only admins manage accounts.");
        return me;
    }

    static String normal(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the text is a login as accounts have them (lower case). */
    static boolean isLogin(String login) {
        return LOGIN.matcher(login).matches();
    }

    static String shorten(String s) {
        return s == null ? "" : s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
