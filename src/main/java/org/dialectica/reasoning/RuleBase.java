package org.dialectica.reasoning;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dialectica.map.Vocabulary;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The compiled rules: every {@code .drl} file of a folder (by default {@code rules/} of the working
 * directory), with the descriptor vocabulary ({@code descriptors.yaml}) beside them, or, when
 * there is no such folder, the copy packaged in the application. Compiling is the slow part
 * (seconds), so one RuleBase serves every session, and the build compiles the packaged rules
 * beforehand ({@link PrecompiledRules}): rules that are those, byte for byte, load in a fraction of
 * a second; edited ones are compiled when loaded.
 */
public final class RuleBase {
    /** Where the build puts the packaged copy of {@code rules/}. */
    static final String PACKAGED = "dialectica-rules";
    /** The global through which rules read the descriptor vocabulary. */
    static final String VOCABULARY_GLOBAL = "vocabulary";
    private static int generation;

    private final KieBase kieBase;
    private final String origin;
    private final List<String> files;
    /** null when the folder has none (then no rule reads one) */
    private final Vocabulary vocabulary;
    private final boolean readsVocabulary;
    private final boolean precompiled;
    /** checks every claim's quote against its paper in each session of these rules */
    private final QuoteCheck quotes;

    private RuleBase(KieBase kieBase, String origin, List<String> files, Vocabulary vocabulary, boolean readsVocabulary,
            boolean precompiled, QuoteCheck quotes) {
        this.kieBase = kieBase;
        this.quotes = quotes;
        this.precompiled = precompiled;
        this.origin = origin;
        this.files = List.copyOf(files);
        this.vocabulary = vocabulary;
        this.readsVocabulary = readsVocabulary;
    }

    /** The folder if it exists, else the packaged rules. */
    public static RuleBase load(Path folder) {
        return folder != null && Files.isDirectory(folder) ? fromFolder(folder) : packaged();
    }

    public static RuleBase fromFolder(Path folder) {
        Map<String, String> sources = new LinkedHashMap<>();
        Path vocabularyFile = folder.resolve(VocabularyFile.NAME);
        Vocabulary vocabulary;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            vocabulary = Files.isRegularFile(vocabularyFile)
                    ? VocabularyFile.read(vocabularyFile.toAbsolutePath().normalize().toString(),
                            Files.readString(vocabularyFile, StandardCharsets.UTF_8))
                    : null;
        } catch (IOException e) {
            throw new RulesException("cannot read rules folder " + folder + ": " + e.getMessage(), e);
        }
        return compile(sources, vocabulary, folder.toAbsolutePath().normalize().toString());
    }

    public static RuleBase packaged() {
        Map<String, String> sources = new LinkedHashMap<>();
        Vocabulary vocabulary = null;
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(RuleBase.class.getClassLoader());
            Resource[] found = resolver.getResources("classpath*:" + PACKAGED + "/*.drl");
            List<Resource> sorted = new ArrayList<>(List.of(found));
            sorted.sort((a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
            for (Resource resource : sorted) {
                try (InputStream in = resource.getInputStream()) {
                    sources.put(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Resource vocabularyFile = resolver.getResource("classpath:" + PACKAGED + "/" + VocabularyFile.NAME);
            if (vocabularyFile.exists()) {
                try (InputStream in = vocabularyFile.getInputStream()) {
                    vocabulary = VocabularyFile.read(PACKAGED + "/" + VocabularyFile.NAME,
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new RulesException("cannot read the packaged rules: " + e.getMessage(), e);
        }
        return compile(sources, vocabulary, "packaged " + PACKAGED + "/");
    }

    static RuleBase compile(Map<String, String> sources, Vocabulary vocabulary, String origin) {
        // the rules as the build compiled them, unless someone has edited them since
        return compile(sources, vocabulary, origin, PrecompiledRules.kieBase(sources));
    }

    /** @param precompiled the KieBase of these sources compiled at build time, or null: compile them now */
    static RuleBase compile(Map<String, String> sources, Vocabulary vocabulary, String origin, KieBase precompiled) {
        KieBase kieBase = precompiled != null ? precompiled : build(sources, origin);
        boolean readsVocabulary = kieBase.getKiePackages().stream().map(KiePackage::getGlobalVariables)
                .anyMatch(globals -> globals.stream().anyMatch(g -> g.getName().equals(VOCABULARY_GLOBAL)));
        if (readsVocabulary && vocabulary == null) {
            throw new RulesException("no " + VocabularyFile.NAME + " in " + origin
                    + ": the rules compare claims' descriptors with the vocabulary it holds");
        }
        return new RuleBase(kieBase, origin, new ArrayList<>(sources.keySet()), vocabulary, readsVocabulary, precompiled != null,
                QuoteCheck.NONE);
    }

    /**
     * Compiles .drl sources (file name → text) into a KieBase.
     *
     * @throws RulesException listing every error as {@code file:line: message}
     */
    static KieBase build(Map<String, String> sources, String origin) {
        return build(sources, origin, (file, line) -> file + ":" + line);
    }

    /** @param place names where an error is, from its file and line (a decision table names its cell) */
    static KieBase build(Map<String, String> sources, String origin, java.util.function.BiFunction<String, Integer, String> place) {
        if (sources.isEmpty()) throw new RulesException("no .drl files in " + origin);
        KieServices services = KieServices.Factory.get();
        // each rule base gets its own release id, so two folders never overwrite each other
        ReleaseId releaseId;
        synchronized (RuleBase.class) {
            releaseId = services.newReleaseId("org.dialectica", "rules", "1.0." + (++generation));
        }
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        // the folder follows the rules' package, as Drools expects
        sources.forEach((name, text) -> files.write("src/main/resources/" + packageFolder(text) + name, text));
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            String where = errors.stream()
                    .map(m -> place.apply(String.valueOf(Path.of(String.valueOf(m.getPath())).getFileName()), m.getLine()) + ": " + m.getText().strip())
                    .collect(Collectors.joining("\n  "));
            throw new RulesException("rules in " + origin + " do not compile:\n  " + where);
        }
        return services.newKieContainer(releaseId).getKieBase();
    }

    static String packageFolder(String drl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)").matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    /** A new session with the globals every session shares; the caller sets its own {@code names}. */
    KieSession newSession() {
        KieSession session = kieBase.newKieSession();
        if (readsVocabulary) session.setGlobal(VOCABULARY_GLOBAL, vocabulary);
        return session;
    }

    /**
     * The same compiled rules, whose sessions also check every claim's quote against its paper:
     * a quote not in it is a {@link FindingKind#QUOTE_NOT_IN_PAPER} finding beside the rules' own.
     */
    public RuleBase withQuotes(QuoteCheck check) {
        return new RuleBase(kieBase, origin, files, vocabulary, readsVocabulary, precompiled, check == null ? QuoteCheck.NONE : check);
    }

    QuoteCheck quotes() {
        return quotes;
    }

    /** The descriptor vocabulary beside the rules, or null when there is none. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Where the rules came from: a folder path, or the packaged copy. */
    public String origin() {
        return origin;
    }

    public List<String> files() {
        return files;
    }

    /** Whether these are the rules compiled at build time (else they were compiled when loaded). */
    public boolean precompiled() {
        return precompiled;
    }
}
