package org.dialectica.grading;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dialectica.io.MapFileException;
import org.dialectica.io.argdown.ArgdownReader;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.people.Accounts;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.papers.Papers;
import org.dialectica.people.Refusal;
import org.dialectica.people.Role;
import org.dialectica.reasoning.RuleBase;
import org.dialectica.workspace.ImportResult;
import org.dialectica.workspace.MapAction;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assignments, the students' work on them and its review. Every call acts for the person signed in
 * on the calling thread ({@link CurrentPerson}) and checks here that they may: a class's teacher (or
 * an admin) sets and grades its assignments; its students see theirs, work on their own map and
 * submit it. Nothing of a review reaches the student before the teacher releases it: the student's
 * only way to a review is {@link #feedback}, which returns nothing until then.
 */
@Service
public class Assignments implements org.springframework.beans.factory.DisposableBean {
    /** The longest comment on a claim, reason for points, or grade, in characters (the columns' sizes). */
    public static final int MAX_COMMENT = 4000, MAX_GRADE = 100, MAX_FEEDBACK = 20000, MAX_TITLE = 500, MAX_TEXT = 20000;
    static final Duration DEFAULT_DUE = Duration.ofDays(7);

    private final GradingStore store;
    private final Workspace workspace;
    private final Classes classes;
    private final Accounts accounts;
    private final RuleBase rules;
    private final TransactionTemplate transactions;
    private final Graders graders;
    private final Regrades regrades = new Regrades();
    private final Papers papers;

    Assignments(GradingStore store, Workspace workspace, Classes classes, Accounts accounts, RuleBase rules, TransactionTemplate transactions,
            Papers papers) {
        this.store = store;
        this.papers = papers;
        this.workspace = workspace;
        this.classes = classes;
        this.accounts = accounts;
        this.rules = rules;
        this.transactions = transactions;
        this.graders = new Graders(rules);
    }

    @Override
    public void destroy() {
        regrades.close();
    }

    // reading -----------------------------------------------------------------------------------

    /**
     * An assignment in a list: for its teacher, how many students, submitted and released; for a
     * student, their own work on it ({@code mine} null: not begun) and whether feedback is out.
     */
    public record Row(Assignment assignment, int students, int submitted, int released, Submission mine, boolean feedbackReleased) {}

    /** The assignments the signed-in person sets (teachers: of the classes they teach; admins: all) or has to do. */
    public List<Row> list() {
        Person me = CurrentPerson.get();
        List<Row> rows = new ArrayList<>();
        List<Assignment> all = store.assignments(me.isAdmin() ? null : classes.of(me.login()));
        Map<String, Person> people = null;
        for (Assignment a : all) {
            if (teaches(me, a)) {
                if (people == null) people = people();
                List<Submission> work = store.submissions(a.id());
                Map<Long, Review> reviews = store.reviews(a.id());
                int released = (int) work.stream().filter(s -> reviews.containsKey(s.id()) && reviews.get(s.id()).released()).count();
                int students = students(a, people).size();
                rows.add(new Row(a, students, (int) work.stream().filter(Submission::submitted).count(), released, null, false));
            } else {
                Submission mine = store.submission(a.id(), me.login()).orElse(null);
                boolean out = mine != null && store.review(mine.id()).map(Review::released).orElse(false);
                rows.add(new Row(a, 0, 0, 0, mine, out));
            }
        }
        return rows;
    }

    /** @throws UnknownAssignmentException when there is none; AccessDeniedException when it is not the person's */
    public Assignment get(long id) {
        Assignment a = stored(id).assignment();
        Person me = CurrentPerson.get();
        if (!teaches(me, a) && !classes.of(me.login()).contains(a.classId())) {
            throw new AccessDeniedException("This assignment is for another class.");
        }
        return a;
    }

    /** Whether the signed-in person sets and grades this assignment. */
    public boolean teaches(Assignment a) {
        return CurrentPerson.find().map(me -> teaches(me, a)).orElse(false);
    }

    /** Everyone with an account, by login: read once for a class rather than once per member. */
    private Map<String, Person> people() {
        Map<String, Person> out = new HashMap<>();
        accounts.directory().forEach(p -> out.put(p.login(), p));
        return out;
    }

    /** The class's students: its members but its moderators and teachers (a disabled account still counts). */
    private List<String> students(Assignment a, Map<String, Person> people) {
        return classes.find(a.classId()).map(Classes.SchoolClass::members).orElse(List.of()).stream()
                .filter(l -> !people.containsKey(l) || people.get(l).role() == Role.STUDENT).toList();
    }

    private boolean teaches(Person me, Assignment a) {
        if (me.isAdmin()) return true;
        if (!me.isTeacher()) return false;
        return me.login().equals(a.teacher()) || classes.find(a.classId()).map(c -> me.login().equals(c.teacher())).orElse(false);
    }

    private GradingStore.Stored stored(long id) {
        return store.assignment(id).orElseThrow(() -> new UnknownAssignmentException("assignment " + id));
    }

    private Assignment taught(long id) {
        Assignment a = stored(id).assignment();
        if (!teaches(CurrentPerson.get(), a)) throw new AccessDeniedException("Only the class's teacher grades and changes this assignment.");
        return a;
    }

    /** The classes the signed-in teacher may set work for: those they teach (an admin: all). */
    public List<Classes.SchoolClass> classesToTeach() {
        Person me = CurrentPerson.get();
        if (!me.isTeacher()) return List.of();
        return classes.visible().stream().filter(c -> me.isAdmin() || me.login().equals(c.teacher())).toList();
    }

    /** The maps a teacher may name as the reference: those they may open. */
    public List<org.dialectica.workspace.MapSummary> referenceCandidates() {
        return CurrentPerson.get().isTeacher() ? workspace.list("") : List.of();
    }

    /** A map analysed by the app's rules, as the grader draws it (no rights involved: the map is at hand). */
    public org.dialectica.reasoning.Analysis analyze(ArgumentMap map) {
        return org.dialectica.reasoning.ReasoningSession.analyze(rules, map);
    }

    /** The saved places of a map's claims, if the signed-in person may open it; none otherwise. */
    public Map<String, double[]> positions(String mapId) {
        return mapId != null && workspace.may(mapId, MapAction.VIEW) ? workspace.positions(mapId) : Map.of();
    }

    // setting work ------------------------------------------------------------------------------

    /**
     * A new assignment for one of the teacher's classes, with a copy of the default rubric.
     *
     * @param due null: a week from now
     * @param referenceMapId null: graded without a reference; else a map the teacher may open
     */
    public long create(String title, String instructions, long classId, Instant due, String referenceMapId, String sources) {
        return create(title, instructions, classId, due, referenceMapId, sources, Assignment.Starter.EMPTY, null);
    }

    /**
     * A new assignment with what the students begin from.
     *
     * @param starter THESES needs a reference; MAP a map the teacher may open ({@code starterMapId})
     */
    public long create(String title, String instructions, long classId, Instant due, String referenceMapId, String sources,
            Assignment.Starter starter, String starterMapId) {
        Person me = CurrentPerson.get();
        if (!me.isTeacher()) throw new AccessDeniedException("Only teachers and admins set assignments.");
        Classes.SchoolClass c = classes.find(classId).orElseThrow(() -> new Refusal("class.error.unknown", classId));
        if (!me.isAdmin() && !me.login().equals(c.teacher())) throw new AccessDeniedException("Only the class's teacher sets its assignments.");
        String clean = text(title, MAX_TITLE, "grading.error.title");
        if (clean == null) throw new Refusal("grading.error.title.required");
        if (referenceMapId != null && !referenceMapId.isBlank()) workspace.check(referenceMapId, MapAction.VIEW);
        String reference = referenceMapId == null || referenceMapId.isBlank() ? null : referenceMapId;
        String starterMap = checkedStarter(starter, reference, starterMapId);
        Rubric rubric = defaultRubric();
        String drlName = rubric.rules().keySet().iterator().next();
        Assignment a = new Assignment(0, clean, text(instructions, MAX_TEXT, "grading.error.long"), classId, c.name(), me.login(),
                due == null ? Instant.now().plus(DEFAULT_DUE) : due,
                reference, text(sources, 10000, "grading.error.long"), starter, starterMap, 1);
        long id = store.insertAssignment(a, RubricYaml.write(rubric, drlName), rubric.rules());
        // the reference is now an answer key its class's students may no longer open
        if (reference != null) workspace.rightsMayHaveShrunk();
        return id;
    }

    /** The starter's map id (null unless MAP), refused when it does not fit the assignment. */
    private String checkedStarter(Assignment.Starter starter, String reference, String starterMapId) {
        if (starter == null) throw new Refusal("grading.error.starter");
        return switch (starter) {
            case EMPTY -> null;
            case THESES -> {
                if (reference == null) throw new Refusal("grading.error.starterTheses");
                yield null;
            }
            case MAP -> {
                if (starterMapId == null || starterMapId.isBlank()) throw new Refusal("grading.error.starterMap");
                workspace.check(starterMapId, MapAction.VIEW);
                yield starterMapId;
            }
        };
    }

    /** What the students of an assignment begin from, from now on; its teacher only. */
    public Assignment setStarter(long id, Assignment.Starter starter, String starterMapId) {
        Assignment a = taught(id);
        store.updateStarter(id, starter, checkedStarter(starter, a.referenceMapId(), starterMapId));
        return stored(id).assignment();
    }

    /** The papers the assignment is about, in the teacher's order: for everyone who sees the assignment. */
    public List<Papers.Listed> papers(long id) {
        get(id);
        Map<String, Papers.Listed> all = new HashMap<>();
        papers.list().forEach(p -> all.put(p.id(), p));
        return store.papers(id).stream().map(all::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Lists the assignment's papers (by id, in this order; none: an empty list); its teacher only. */
    @org.springframework.transaction.annotation.Transactional
    public List<Papers.Listed> setPapers(long id, List<String> paperIds) {
        taught(id);
        List<String> ids = paperIds.stream().distinct().toList();
        List<String> unknown = papers.unknown(ids);
        if (!unknown.isEmpty()) throw new Refusal("paper.error.unknown", unknown.getFirst());
        store.setPapers(id, ids);
        return papers(id);
    }

    /** The papers an assignment may list: every paper of the installation. */
    public List<Papers.Listed> allPapers() {
        return papers.list();
    }

    /** The titles of an assignment's reference and starter map, as its teacher sees them (null: none or gone). */
    public record Keys(String reference, String starter) {}

    /** The reference and the starter by title; its teacher only. */
    public Keys keys(long id) {
        Assignment a = taught(id);
        return new Keys(titleOf(a, a.referenceMapId()), a.starter() == Assignment.Starter.MAP ? titleOf(a, a.starterMapId()) : null);
    }

    private String titleOf(Assignment a, String mapId) {
        Workspace.ReadFor read = readAsTeacher(a, mapId);
        return read == null ? null : read.map().title();
    }

    private static Rubric defaultRubric() {
        try {
            return Rubric.load("default");
        } catch (RubricException e) {
            throw new IllegalStateException("The default rubric does not read: " + e.getMessage(), e);
        }
    }

    /** The assignment's rubric; its teacher only. */
    public Rubric rubric(long id) {
        taught(id);
        return rubricOf(stored(id));
    }

    private static Rubric rubricOf(GradingStore.Stored s) {
        try {
            return Rubric.of("assignment " + s.assignment().id() + " rubric", s.rubricYaml(), s.rules());
        } catch (RubricException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * New points and pass marks for the rubric's criteria (the same criteria, the same rules).
     * @throws Refusal when points are negative or a pass mark is outside 0–1
     */
    public void editRubric(long id, List<Rubric.Criterion> edited) {
        taught(id);
        GradingStore.Stored s = stored(id);
        Rubric rubric = rubricOf(s);
        Map<String, Rubric.Criterion> byId = new HashMap<>();
        edited.forEach(c -> byId.put(c.id(), c));
        List<Rubric.Criterion> criteria = new ArrayList<>();
        for (Rubric.Criterion c : rubric.criteria()) {
            Rubric.Criterion e = byId.getOrDefault(c.id(), c);
            if (!(e.points() >= 0) || e.points() > 1000) throw new Refusal("grading.error.points", c.title());
            if (!(e.threshold() >= 0 && e.threshold() <= 1)) throw new Refusal("grading.error.threshold", c.title());
            criteria.add(new Rubric.Criterion(c.id(), c.title(), c.description(), e.points(), e.threshold()));
        }
        store.updateRubric(id, RubricYaml.write(rubric.with(criteria), s.drlName()), s.rules());
        regradeAll(id);
    }

    /**
     * A new rubric for the assignment: criteria in YAML and the rules that decide them.
     * @throws RubricException when it does not read or its rules do not compile: the located message
     */
    public void uploadRubric(long id, String yaml, String drlName, String drl) throws RubricException {
        uploadRubric(id, "rubric.yaml", yaml, drlName, drl);
    }

    /**
     * A new rubric as uploaded, its messages naming the files by the names they came with; every
     * submission is graded again with it in the background.
     */
    public void uploadRubric(long id, String yamlName, String yaml, String drlName, String drl) throws RubricException {
        taught(id);
        String name = fileName(drlName, "rubric.drl");
        Rubric rubric = Rubric.of(fileName(yamlName, "rubric.yaml"), yaml == null ? "" : yaml, Map.of(name, drl == null ? "" : drl));
        new Grader(rules, rubric, null); // compiles the rules: a rubric that does not is refused with file:line
        store.updateRubric(id, yaml, rubric.rules());
        regradeAll(id);
    }

    private static String fileName(String given, String otherwise) {
        if (given == null || given.isBlank()) return otherwise;
        String name = given.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    // a student's work --------------------------------------------------------------------------

    /** The signed-in student's work on the assignment, if they have begun it. */
    public Optional<Submission> mine(long assignmentId) {
        Assignment a = get(assignmentId);
        return store.submission(a.id(), CurrentPerson.get().login());
    }

    /** How a student begins their map. */
    public enum Start {
        /** An empty map. */
        EMPTY,
        /** A copy of the assignment's starter map (never of the reference unless it is the starter). */
        STARTER
    }

    /** Makes the student's map for the assignment, owned by them and shown to the teacher; its id. */
    public String startMap(long assignmentId, Start how) {
        Assignment a = forStudent(assignmentId);
        String mapId = switch (how) {
            case EMPTY -> workspace.create(a.title(), null);
            case STARTER -> {
                Starting starting = starting(a);
                if (starting == null) throw new Refusal("grading.error.noStarter");
                starting.map().setTitle(a.title());
                yield workspace.createFrom(starting.map(), starting.positions(), starting.origin());
            }
        };
        return begun(a, mapId);
    }

    /** Whether the assignment gives its students a map to begin from. */
    public static boolean hasStarter(Assignment a) {
        return a.starter() == Assignment.Starter.THESES || a.starter() == Assignment.Starter.MAP && a.starterMapId() != null;
    }

    /** A starter map as the students get it, with its places and the title of where it came from. */
    private record Starting(ArgumentMap map, Map<String, double[]> positions, String origin) {}

    /**
     * The assignment's starter, read on the teacher's behalf (a student may not open the reference
     * whose theses it holds); null when students begin from an empty map or the map is gone.
     */
    private Starting starting(Assignment a) {
        return switch (a.starter()) {
            case EMPTY -> null;
            case THESES -> {
                Workspace.ReadFor reference = readAsTeacher(a, a.referenceMapId());
                if (reference == null) yield null;
                // an id of its own: the student's copy must not carry the answer key's id
                ArgumentMap theses = new ArgumentMap("assignment-" + a.id(), a.title());
                reference.map().claims().stream().filter(c -> c.kind() == org.dialectica.map.ClaimKind.THESIS).forEach(theses::putClaim);
                Map<String, double[]> places = new HashMap<>(reference.positions());
                places.keySet().retainAll(theses.claimIds());
                yield new Starting(theses, places, reference.map().title());
            }
            case MAP -> {
                Workspace.ReadFor map = readAsTeacher(a, a.starterMapId());
                yield map == null ? null : new Starting(map.map(), map.positions(), map.map().title());
            }
        };
    }

    /** The assignment's teacher (an admin when the teacher's account is gone). */
    private static Person teacherOf(Assignment a) {
        return new Person(a.teacher() == null ? "admin" : a.teacher(), a.teacher(), a.teacher() == null ? Role.ADMIN : Role.TEACHER);
    }

    /** A map as the assignment's teacher may read it (null: gone, or not theirs to read), whoever asks. */
    private Workspace.ReadFor readAsTeacher(Assignment a, String mapId) {
        return mapId == null ? null : workspace.readFor(teacherOf(a), mapId).orElse(null);
    }

    /** Makes the student's map for the assignment from a map file (Argdown or a framework). */
    public String importMap(long assignmentId, String fileName, byte[] bytes) throws MapFileException {
        Assignment a = forStudent(assignmentId);
        ImportResult imported = workspace.importFile(fileName, bytes);
        return begun(a, imported.mapId());
    }

    private Assignment forStudent(long assignmentId) {
        Assignment a = get(assignmentId);
        Person me = CurrentPerson.get();
        if (teaches(me, a)) throw new Refusal("grading.error.teacherWork");
        return a;
    }

    private String begun(Assignment a, String mapId) {
        Person me = CurrentPerson.get();
        // the teacher reads the work in progress too (and grades what is submitted)
        Map<String, Boolean> viewers = new LinkedHashMap<>();
        if (a.teacher() != null) viewers.put(a.teacher(), false);
        classes.find(a.classId()).map(Classes.SchoolClass::teacher).filter(t -> t != null).ifPresent(t -> viewers.put(t, false));
        workspace.share(mapId, Visibility.PRIVATE, null, viewers);
        Optional<Submission> before = store.submission(a.id(), me.login());
        if (before.isPresent()) store.setMap(before.get().id(), mapId);
        else store.insertSubmission(a.id(), me.login(), mapId);
        return mapId;
    }

    /**
     * Hands in the student's map as it is now; late after the due time, counted when handed in again.
     * @throws Refusal when the student has no map for the assignment yet
     */
    public Submission submit(long assignmentId) {
        Assignment a = forStudent(assignmentId);
        Person me = CurrentPerson.get();
        Submission s = store.submission(a.id(), me.login()).filter(x -> x.mapId() != null)
                .orElseThrow(() -> new Refusal("grading.error.noMap"));
        String argdown = workspace.exportArgdown(s.mapId());
        Instant now = Instant.now();
        store.submitted(s.id(), now, a.isDue(now), s.submitted() ? s.resubmissions() + 1 : 0, argdown);
        return store.submission(s.id()).orElseThrow();
    }

    /**
     * The student's released feedback on their work, with the automatic gaps they have fixed since
     * (their map graded again now). Empty before the teacher releases it.
     */
    public Optional<Feedback> feedback(long assignmentId) {
        Assignment a = get(assignmentId);
        Person me = CurrentPerson.get();
        Optional<Submission> s = store.submission(a.id(), me.login());
        if (s.isEmpty()) return Optional.empty();
        Optional<Review> review = store.review(s.get().id()).filter(Review::released);
        if (review.isEmpty()) return Optional.empty();
        return Optional.of(feedback(a, s.get(), review.get()));
    }

    private Feedback feedback(Assignment a, Submission s, Review review) {
        Graded now = null;
        if (s.mapId() != null && review.graded() != null && workspace.may(s.mapId(), MapAction.VIEW)) {
            Grader grader = grader(a.id());
            now = Graded.of(grader.grade(s.mapId(), workspace.load(s.mapId()), review.corrections()), grader.rubric());
        }
        return Feedback.of(a, s, review, now);
    }

    /** A released review of the signed-in student's work on a map, as the map's page shows it. */
    public record OnMap(long assignmentId, String title, Review review) {}

    /** The released reviews of the signed-in person's own work done on this map (none before release). */
    public List<OnMap> releasedOn(String mapId) {
        Person me = CurrentPerson.find().orElse(null);
        if (me == null || mapId == null) return List.of();
        List<OnMap> out = new ArrayList<>();
        for (Submission s : store.submissionsOfMap(mapId, me.login())) {
            store.review(s.id()).filter(Review::released)
                    .ifPresent(r -> out.add(new OnMap(s.assignmentId(), stored(s.assignmentId()).assignment().title(), r)));
        }
        return out;
    }

    // grading -----------------------------------------------------------------------------------

    /** A student of the class and their work (null: not begun). */
    public record Work(String student, String name, Submission submission, Review review) {}

    /**
     * Every student of the class with their work and its review (its moderators and teachers only if
     * they handed something in); the teacher only. A few queries whatever the class's size.
     */
    public List<Work> submissions(long assignmentId) {
        Assignment a = taught(assignmentId);
        Map<String, Submission> byStudent = new LinkedHashMap<>();
        store.submissions(a.id()).forEach(s -> byStudent.put(s.student(), s));
        Map<Long, Review> reviews = store.reviews(a.id());
        Map<String, Person> people = people();
        List<String> students = new ArrayList<>(students(a, people));
        byStudent.keySet().stream().filter(l -> !students.contains(l)).forEach(students::add);
        List<Work> out = new ArrayList<>();
        for (String login : students) {
            Submission s = byStudent.get(login);
            String name = people.containsKey(login) ? people.get(login).name() : accounts.person(login).map(Person::name).orElse(login);
            out.add(new Work(login, name, s, s == null ? null : reviews.get(s.id())));
        }
        return out;
    }

    /** The name a person shows to others (their login if the account is gone). */
    public String nameOf(String login) {
        CurrentPerson.get();
        return accounts.person(login).map(Person::name).orElse(login);
    }

    /** A submission; its teacher's, or its own student's. */
    public Submission submission(long submissionId) {
        Submission s = store.submission(submissionId).orElseThrow(() -> new UnknownAssignmentException("submission " + submissionId));
        Assignment a = stored(s.assignmentId()).assignment();
        Person me = CurrentPerson.get();
        if (!teaches(me, a) && !me.login().equals(s.student())) throw new AccessDeniedException("This is another student's work.");
        return s;
    }

    private Submission graded(long submissionId) {
        Submission s = store.submission(submissionId).orElseThrow(() -> new UnknownAssignmentException("submission " + submissionId));
        taught(s.assignmentId());
        return s;
    }

    /** The map as the student submitted it; its teacher's, or its own student's. @throws Refusal when not submitted */
    public ArgumentMap submittedMap(long submissionId) {
        Submission s = submission(submissionId);
        String text = store.submittedMap(s.id());
        if (text == null) throw new Refusal("grading.error.notSubmitted");
        return readSubmission(s.id(), text);
    }

    /** A submission's stored Argdown as a map; one that no longer reads says where. */
    private static ArgumentMap readSubmission(long submissionId, String argdown) {
        try {
            return new ArgdownReader().read("submission-" + submissionId + ".argdown", argdown).map();
        } catch (MapFileException e) {
            throw new UnreadableSubmissionException(submissionId, e.getMessage());
        }
    }

    /**
     * The repair of a submission that no longer reads: the student's map as it is now, written again,
     * stands for what was handed in (same time, same lateness) and is graded again. The teacher only;
     * the page says the map may have changed since it was handed in.
     */
    public Review retake(long submissionId) {
        Submission s = graded(submissionId);
        if (!s.submitted()) throw new Refusal("grading.error.notSubmitted");
        if (s.mapId() == null) throw new Refusal("grading.error.noMap");
        String argdown = workspace.exportArgdown(s.mapId());
        readSubmission(s.id(), argdown); // never store in its place a text that does not read either
        store.submitted(s.id(), s.submittedAt(), s.late(), s.resubmissions(), argdown);
        return regrade(submissionId);
    }

    /** The assignment's reference map, or null; its teacher only (it is the answer). */
    public ArgumentMap referenceMap(long assignmentId) {
        Assignment a = taught(assignmentId);
        return a.referenceMapId() == null ? null : workspace.load(a.referenceMapId());
    }

    /**
     * The review of a submitted map, graded automatically the first time and again when the rubric
     * changed since; its teacher only.
     */
    public Review review(long submissionId) {
        Submission s = graded(submissionId);
        Optional<Review> r = store.review(s.id());
        if (r.isPresent() && r.get().gradedWith(stored(s.assignmentId()).assignment().rubricVersion())) return r.get();
        return regrade(submissionId);
    }

    /**
     * Grades the submitted map again with the rubric as it is now (after corrected matches or a new
     * rubric): the teacher's points stay where their criterion still is, the others are dropped and
     * the review says which.
     */
    public Review regrade(long submissionId) {
        Submission s = graded(submissionId);
        gradeAgain(s);
        return store.review(s.id()).orElseThrow();
    }

    private List<String> gradeAgain(Submission s) {
        ArgumentMap map = submittedMap(s.id());
        Map<String, String> corrections = store.review(s.id()).map(Review::corrections).orElse(Map.of());
        int version = stored(s.assignmentId()).assignment().rubricVersion();
        Grader grader = grader(s.assignmentId());
        Grade grade = grader.grade("submission-" + s.id(), map, corrections);
        List<String> dropped = transactions.execute(t -> store.graded(s.id(), Graded.of(grade, grader.rubric()), version));
        String name = nameOf(s.student());
        return dropped.stream().map(d -> name + " — " + d).toList();
    }

    /**
     * Grades every submission of the assignment again, in the background; the teacher only. The
     * returned progress, and {@link #regrading} later, say how far it is and whose points were dropped.
     */
    public Regrades.Progress regradeAll(long assignmentId) {
        Assignment a = taught(assignmentId);
        List<Long> handedIn = store.submissions(a.id()).stream().filter(Submission::submitted).map(Submission::id).toList();
        Person me = CurrentPerson.get();
        return regrades.start(a.id(), a.rubricVersion(), handedIn, id -> CurrentPerson.as(me, () -> {
            Submission s = graded(id);
            return gradeAgain(s);
        }));
    }

    /** The latest background regrading of the assignment since the app started; the teacher only. */
    public Optional<Regrades.Progress> regrading(long assignmentId) {
        taught(assignmentId);
        return regrades.progress(assignmentId);
    }

    /** The teacher's own points for a criterion, with the reason (points null: back to the automatic ones). */
    public Review override(long submissionId, String criterion, Double points, String reason) {
        Review r = review(submissionId);
        Graded.Result c = r.graded().criterion(criterion);
        if (c == null) throw new Refusal("grading.error.criterion", criterion);
        String why = text(reason, MAX_COMMENT, "grading.error.comment");
        if (points != null) {
            if (!(points >= 0 && points <= c.max())) throw new Refusal("grading.error.override", c.title(), c.max());
            if (why == null) throw new Refusal("grading.error.reason");
        }
        store.override(submissionId, criterion, points, points == null ? null : why);
        return store.review(submissionId).orElseThrow();
    }

    /** A mark and a comment on one claim of the submitted map (both null: none). */
    public Review note(long submissionId, String claimId, ReviewMark mark, String comment) {
        review(submissionId);
        if (!submittedMap(submissionId).hasClaim(claimId)) throw new Refusal("grading.error.claim", claimId);
        store.note(submissionId, claimId, mark, text(comment, MAX_COMMENT, "grading.error.comment"));
        return store.review(submissionId).orElseThrow();
    }

    /** The grader's own match of a student claim to a reference claim (null: the automatic one again); grades again. */
    public Review correct(long submissionId, String studentClaim, String referenceClaim) {
        Submission s = graded(submissionId);
        review(submissionId);
        if (!submittedMap(s.id()).hasClaim(studentClaim)) throw new Refusal("grading.error.claim", studentClaim);
        ArgumentMap reference = referenceMap(s.assignmentId());
        if (referenceClaim != null && (reference == null || !reference.hasClaim(referenceClaim))) {
            throw new Refusal("grading.error.claim", referenceClaim);
        }
        store.correct(s.id(), studentClaim, referenceClaim);
        return regrade(submissionId);
    }

    /** The overall grade and feedback. */
    public Review conclude(long submissionId, String grade, String feedback) {
        review(submissionId);
        store.conclude(submissionId, text(grade, MAX_GRADE, "grading.error.grade"), text(feedback, MAX_FEEDBACK, "grading.error.long"));
        return store.review(submissionId).orElseThrow();
    }

    /** Shows the review to the student (released) or hides it again. */
    public Review release(long submissionId, boolean released) {
        review(submissionId);
        store.release(submissionId, released ? Instant.now() : null);
        return store.review(submissionId).orElseThrow();
    }

    /** The class report of an assignment; its teacher only. */
    public ClassReport report(long assignmentId) {
        Assignment a = taught(assignmentId);
        return ClassReport.of(a, rubricOf(stored(assignmentId)), submissions(assignmentId));
    }

    /** A report's lines graded with an earlier rubric: they wait to be graded again. */
    public long stale(long assignmentId) {
        Assignment a = taught(assignmentId);
        return submissions(assignmentId).stream().filter(w -> w.submission() != null && w.submission().submitted())
                .filter(w -> w.review() != null && w.review().graded() != null && !w.review().gradedWith(a.rubricVersion())).count();
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * The assignment's grader. The reference is read on behalf of the assignment's teacher: a student's
     * map is graded against it also when the student may not open it (they never see it).
     */
    Grader grader(long assignmentId) {
        GradingStore.Stored s = stored(assignmentId);
        Assignment a = s.assignment();
        Workspace.ReadFor read = readAsTeacher(a, a.referenceMapId());
        ArgumentMap reference = read == null ? null : read.map();
        Starting starting = starting(a);
        ArgumentMap starter = starting == null ? null : starting.map();
        ArgdownWriter argdown = new ArgdownWriter();
        String key = s.rubricYaml() + "\u0000" + s.rules() + "\u0000" + (reference == null ? "" : argdown.write(reference))
                + "\u0000" + (starter == null ? "" : argdown.write(starter));
        try {
            return graders.get(key, rubricOf(s), reference, starter);
        } catch (RubricException e) {
            throw new IllegalStateException("The assignment's rubric does not compile: " + e.getMessage(), e);
        }
    }

    /** Stripped text, null when blank; refused when longer than {@code max}. */
    static String text(String value, int max, String tooLong) {
        if (value == null || value.isBlank()) return null;
        String clean = value.strip();
        if (clean.length() > max) throw new Refusal(tooLong, max);
        org.dialectica.map.TypedText.check("text", clean);
        return clean;
    }

    static Set<String> languages() {
        return Set.of("en", "id");
    }
}
