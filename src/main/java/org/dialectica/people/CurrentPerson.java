package org.dialectica.people;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, read from Spring Security's context of the current thread: the services check
 * every call against it, so a hidden button is never the only guard.
 */
public final class CurrentPerson {
    private CurrentPerson() {}

    /** The signed-in person, if any. */
    public static Optional<Person> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) return Optional.empty();
        if (auth.getPrincipal() instanceof SignedIn signedIn) return Optional.of(signedIn.person());
        // e.g. a test's mock user: the role from the authorities, the least one if none is ours
        Role role = Role.STUDENT;
        for (GrantedAuthority a : auth.getAuthorities()) {
            for (Role r : Role.values()) {
                if (r.authority().equals(a.getAuthority()) && r.ordinal() < role.ordinal()) role = r;
            }
        }
        return Optional.of(new Person(auth.getName(), auth.getName(), role));
    }

    /** The signed-in person; refused when nobody is. */
    public static Person get() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    /**
     * Runs work as the given person on this thread, then puts the thread's context back. For work
     * done on behalf of one page on another thread (a push update run by whoever's request drained
     * the page's queue must read with the page owner's rights, not theirs).
     */
    public static <T> T as(Person person, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(person));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static void as(Person person, Runnable work) {
        as(person, () -> {
            work.run();
            return null;
        });
    }

    static Authentication authentication(Person person) {
        SignedIn principal = new SignedIn(person, "", true);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
