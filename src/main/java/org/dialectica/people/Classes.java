package org.dialectica.people;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Classes: a teacher's groups of students, with which a map can be shared. */
@Service
public class Classes {
    private final PeopleRepositories.Classes classes;
    private final PeopleRepositories.ClassMembers members;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Classes(PeopleRepositories.Classes classes, PeopleRepositories.ClassMembers members, AuditLog audit,
            ApplicationEventPublisher events) {
        this.classes = classes;
        this.members = members;
        this.audit = audit;
        this.events = events;
    }

    /** A class as pages list it. */
    public record SchoolClass(long id, String name, String teacher, List<String> members) {}

    /** The ids of the classes a person is in or teaches. */
    @Transactional(readOnly = true)
    public Set<Long> of(String login) {
        Set<Long> ids = new HashSet<>();
        members.findByLogin(login).forEach(m -> ids.add(m.classId));
        classes.findByTeacher(login).forEach(c -> ids.add(c.id));
        return ids;
    }

    /** The classes the signed-in person may share with: all for an admin, else those they are in or teach. */
    @Transactional(readOnly = true)
    public List<SchoolClass> visible() {
        Person me = CurrentPerson.get();
        Set<Long> mine = me.isAdmin() ? null : of(me.login());
        return classes.findAllByOrderByNameAsc().stream()
                .filter(c -> mine == null || mine.contains(c.id))
                .map(this::view).toList();
    }

    /** Creates a class taught by the signed-in teacher (an admin may name another teacher). */
    @Transactional
    public SchoolClass create(String name, String teacher) {
        Person me = CurrentPerson.get();
        if (!me.isTeacher()) throw new AccessDeniedException("Only teachers and admins create classes.");
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) throw new Refusal("class.error.name");
        if (clean.length() > 200) throw new Refusal("class.error.long", 200);
        org.dialectica.map.TypedText.check("class", clean);
        if (classes.findByName(clean).isPresent()) throw new Refusal("class.error.exists", clean);
        String taughtBy = me.isAdmin() && teacher != null && !teacher.isBlank() ? teacher : me.login();
        ClassEntity saved = classes.save(new ClassEntity(clean, taughtBy));
        audit.record(me.login(), "class-created", clean);
        return view(saved);
    }

    /** Puts a person in a class; the class's teacher or an admin may. Nothing happens if they are in it already. */
    @Transactional
    public void enrol(long classId, String login) {
        ClassEntity c = classes.findById(classId)
                .orElseThrow(() -> new Refusal("class.error.unknown", classId));
        Person me = CurrentPerson.get();
        if (!me.isAdmin() && !me.login().equals(c.teacher)) {
            throw new AccessDeniedException("Only the class's teacher or an admin adds people to «" + c.name + "».");
        }
        if (!members.existsById(new ClassEntity.Member.Key(classId, login))) {
            members.save(new ClassEntity.Member(classId, login));
            audit.record(me.login(), "class-member-added", c.name + ": " + login);
            events.publishEvent(new ClassesChanged(classId));
        }
    }

    @Transactional(readOnly = true)
    public java.util.Optional<SchoolClass> find(long classId) {
        return classes.findById(classId).map(this::view);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<SchoolClass> findByName(String name) {
        return classes.findByName(name).map(this::view);
    }

    private SchoolClass view(ClassEntity c) {
        return new SchoolClass(c.id, c.name, c.teacher,
                members.findByClassIdOrderByLoginAsc(c.id).stream().map(m -> m.login).toList());
    }
}
