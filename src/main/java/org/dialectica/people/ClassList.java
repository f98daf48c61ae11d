package org.dialectica.people;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a class list: one person per line, {@code name, email or login, role}, with or without a
 * header line. Every line is checked before anything is saved; one bad line saves nothing and is
 * reported with its number. New people get an account with a random password (shown once, to be
 * changed at their first sign-in); people who have one are only put in the class.
 */
@Service
public class ClassList {
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_PEOPLE = 5000;
    private static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry("student", Role.STUDENT), Map.entry("mahasiswa", Role.STUDENT), Map.entry("siswa", Role.STUDENT),
            Map.entry("teacher", Role.TEACHER), Map.entry("guru", Role.TEACHER), Map.entry("dosen", Role.TEACHER),
            Map.entry("moderator", Role.MODERATOR), Map.entry("admin", Role.ADMIN));

    private final Accounts accounts;
    private final Classes classes;
    private final PeopleRepositories.Classes classRows;
    private final AuditLog audit;

    ClassList(Accounts accounts, Classes classes, PeopleRepositories.Classes classRows, AuditLog audit) {
        this.accounts = accounts;
        this.classes = classes;
        this.classRows = classRows;
        this.audit = audit;
    }

    /** What an import did. @param created each new login with its one-time password */
    public record Report(String className, List<Created> created, List<String> enrolled) {}

    public record Created(String login, String name, Role role, String password) {}

    /** A class list that cannot be imported, with every bad line named. */
    public static final class RefusedException extends IllegalArgumentException {
        private final List<String> problems;

        RefusedException(String fileName, List<String> problems) {
            super(fileName + ": nothing was imported. " + String.join("; ", problems.subList(0, Math.min(10, problems.size())))
                    + (problems.size() > 10 ? "; and " + (problems.size() - 10) + " more" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private record Line(long number, String name, String login, String email, Role role) {}

    /** Imports the list into the named class, created if it does not exist; admins only. */
    @Transactional
    public Report importList(String className, String fileName, byte[] bytes) {
        Person admin = Accounts.requireAdmin();
        if (bytes.length > MAX_BYTES) throw new RefusedException(fileName, List.of("the file is larger than 1 MB"));
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new RefusedException(fileName, List.of("the file is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")"));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> problems = new ArrayList<>();
        List<Line> lines = read(text, problems);
        if (lines.isEmpty() && problems.isEmpty()) problems.add("the file lists nobody (expected lines of: name, email or login, role)");
        if (!problems.isEmpty()) throw new RefusedException(fileName, problems);

        Classes.SchoolClass target = classes.findByName(className == null ? "" : className.strip())
                .orElseGet(() -> classes.create(className, null));
        List<Created> created = new ArrayList<>();
        List<String> enrolled = new ArrayList<>();
        for (Line line : lines) {
            if (accounts.person(line.login).isEmpty()) {
                String password = Passwords.random();
                accounts.add(line.login, line.name, line.email, line.role, password, true);
                created.add(new Created(line.login, line.name, line.role, password));
            } else {
                enrolled.add(line.login);
            }
            classes.enrol(target.id(), line.login);
        }
        audit.record(admin.login(), "class-list-imported", target.name() + ": " + created.size() + " new, "
                + enrolled.size() + " existing (" + fileName + ")");
        return new Report(target.name(), created, enrolled);
    }

    private static List<Line> read(String text, List<String> problems) {
        List<Line> lines = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (var parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                long n = record.getRecordNumber();
                if (n > MAX_PEOPLE + 1) {
                    problems.add("more than " + MAX_PEOPLE + " people in one list");
                    break;
                }
                if (n == 1 && isHeader(record)) continue;
                if (record.size() < 2) {
                    problems.add("line " + parser.getCurrentLineNumber() + ": expected name, email or login, role");
                    continue;
                }
                String name = record.get(0);
                String id = record.get(1).toLowerCase(Locale.ROOT);
                String roleWord = record.size() > 2 ? record.get(2).toLowerCase(Locale.ROOT) : "";
                Role role = roleWord.isEmpty() ? Role.STUDENT : ROLES.get(roleWord);
                long at = parser.getCurrentLineNumber();
                if (role == null) {
                    problems.add("line " + at + ": «" + Accounts.shorten(record.get(2)) + "» is not a role (expected student, teacher, moderator or admin)");
                } else if (id.isEmpty()) {
                    problems.add("line " + at + ": no email or login for «" + Accounts.shorten(name) + "»");
                } else if (!seen.add(id)) {
                    problems.add("line " + at + ": «" + Accounts.shorten(id) + "» is listed twice");
                } else if (!Accounts.isLogin(id)) {
                    problems.add("line " + at + ": «" + Accounts.shorten(id) + "» is not a login or an email (letters, digits and . _ @ -)");
                } else if (name.length() > 200) {
                    problems.add("line " + at + ": the name has more than 200 characters");
                } else if (org.dialectica.map.TypedText.firstForbidden(name) >= 0) {
                    int bad = org.dialectica.map.TypedText.firstForbidden(name);
                    problems.add("line " + at + ": the name contains the invisible control character "
                            + org.dialectica.map.TypedText.describe(name.codePointAt(bad)) + "; remove it");
                } else {
                    lines.add(new Line(n, name.isBlank() ? id : name, id, id.contains("@") ? id : null, role));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            problems.add("the file is not CSV: " + Accounts.shorten(String.valueOf(e.getMessage())));
        }
        return lines;
    }

    private static boolean isHeader(CSVRecord record) {
        String first = record.get(0).toLowerCase(Locale.ROOT);
        String second = record.size() > 1 ? record.get(1).toLowerCase(Locale.ROOT) : "";
        return (first.equals("name") || first.equals("nama")) && (second.contains("mail") || second.contains("login"));
    }
}
