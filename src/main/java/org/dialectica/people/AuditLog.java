package org.dialectica.people;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Logins (kept or refused) and admin actions: who, when, what. */
@Service
public class AuditLog {
    private static final int DETAIL = 2000;
    private final PeopleRepositories.Audit audit;

    AuditLog(PeopleRepositories.Audit audit) {
        this.audit = audit;
    }

    /** One line of the log. */
    public record Event(OffsetDateTime at, String actor, String action, String detail) {}

    // its own transaction: a refused login is recorded although nothing else is saved
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String action, String detail) {
        String d = detail == null || detail.length() <= DETAIL ? detail : detail.substring(0, DETAIL - 1) + "…";
        String a = actor == null || actor.length() <= 100 ? actor : actor.substring(0, 100);
        audit.save(new AuditEntity(a, action, d));
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication().getName(), "logout", null);
    }

    /** The newest events first; admins only. */
    @Transactional(readOnly = true)
    public List<Event> recent(int count) {
        if (!CurrentPerson.get().isAdmin()) throw new AccessDeniedException("Only admins read the audit log.");
        return audit.findAllByOrderByIdDesc(PageRequest.of(0, Math.max(1, count))).stream()
                .map(e -> new Event(e.at, e.actor, e.action, e.detail)).toList();
    }
}
