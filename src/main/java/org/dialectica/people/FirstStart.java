package org.dialectica.people;

import java.util.ArrayList;
import java.util.List;
import org.dialectica.base.ClusterNews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start (no account yet) creates the admin: from {@code DIALECTICA_ADMIN_USER} /
 * {@code DIALECTICA_ADMIN_PASSWORD} if set, otherwise "admin" with a random password printed once
 * to the log. On the embedded H2 database (a trial or a single seminar) it also creates demo
 * accounts (a teacher, a moderator, two students in one class) with random passwords printed once,
 * so the README's run command gives a usable app; on PostgreSQL it makes none. No password is
 * ever kept anywhere but as a hash.
 */
@Component
class FirstStart implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    /** A demo account: login, name, role. */
    private record Demo(String login, String name, Role role) {}

    private static final List<Demo> DEMO = List.of(
            new Demo("teacher", "Sari", Role.TEACHER),
            new Demo("moderator", "Dimas", Role.MODERATOR),
            new Demo("ayu", "Ayu", Role.STUDENT),
            new Demo("budi", "Budi", Role.STUDENT));
    static final String DEMO_CLASS = "Demo seminar";

    private final Accounts accounts;
    private final PeopleRepositories.Classes classes;
    private final PeopleRepositories.ClassMembers members;
    private final Environment env;
    private final ClusterNews cluster;

    FirstStart(Accounts accounts, PeopleRepositories.Classes classes, PeopleRepositories.ClassMembers members,
            Environment env, ClusterNews cluster) {
        this.cluster = cluster;
        this.accounts = accounts;
        this.classes = classes;
        this.members = members;
        this.env = env;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!accounts.isEmpty()) return;
        List<String> printed = new ArrayList<>();
        String admin = setting("DIALECTICA_ADMIN_USER", "dialectica.admin.user");
        String login = admin == null ? "admin" : admin;
        boolean[] made = {false};
        // instances started together on an empty database: the first makes the accounts
        cluster.firstStart(() -> {
            if (!accounts.isEmpty()) return;
            made[0] = true;
            String password = setting("DIALECTICA_ADMIN_PASSWORD", "dialectica.admin.password");
            if (password == null) {
                password = Passwords.random();
                printed.add(line(login, password, Role.ADMIN));
            } else if (password.length() < Passwords.MIN_LENGTH) {
                throw new IllegalStateException("DIALECTICA_ADMIN_PASSWORD needs at least " + Passwords.MIN_LENGTH
                        + " characters; nothing was created.");
            }
            // a printed password was in the log: its owner replaces it at the first sign-in
            boolean printedAdmin = !printed.isEmpty();
            accounts.add(login, "Administrator", null, Role.ADMIN, password, printedAdmin);
            if (demoAccounts()) {
                String demoPassword = setting("DIALECTICA_DEMO_PASSWORD", "dialectica.demo.password");
                List<String> students = new ArrayList<>();
                for (Demo d : DEMO) {
                    if (d.login.equals(login)) continue;
                    String p = demoPassword != null ? demoPassword : Passwords.random();
                    accounts.add(d.login, d.name, null, d.role, p, demoPassword == null);
                    if (d.role == Role.STUDENT || d.role == Role.MODERATOR) students.add(d.login);
                    if (demoPassword == null) printed.add(line(d.login, p, d.role));
                }
                ClassEntity demoClass = classes.save(new ClassEntity(DEMO_CLASS, "teacher"));
                students.forEach(s -> members.save(new ClassEntity.Member(demoClass.id, s)));
            }
        });
        if (!made[0]) return;
        if (!printed.isEmpty()) {
            // printed once: only the hashes are kept, so this is the one chance to read them
            log.warn("""

                    ==================================================================
                     First start: accounts created. Their passwords are shown only now;
                     write them down (an admin can reset any password later).
                    {}
                    ==================================================================""",
                    String.join("\n", printed));
        }
        log.info("First start: admin account '{}' created{}", login,
                demoAccounts() ? ", with demo accounts teacher, moderator, ayu and budi (class «" + DEMO_CLASS + "»)" : "");
    }

    private static String line(String login, String password, Role role) {
        return String.format("   %-10s %-9s password: %s", login, role.name().toLowerCase(), password);
    }

    /** On the embedded H2 (a trial, one seminar) unless {@code dialectica.demo-accounts} says otherwise. */
    private boolean demoAccounts() {
        return env.getProperty("dialectica.demo-accounts", Boolean.class,
                env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:"));
    }

    private String setting(String variable, String property) {
        String v = env.getProperty(variable);
        if (v == null || v.isBlank()) v = env.getProperty(property);
        return v == null || v.isBlank() ? null : v;
    }
}
