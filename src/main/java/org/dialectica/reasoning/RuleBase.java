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
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The compiled rules: every {@code .drl} file of a folder (by default {@code rules/} of the working
 * directory), or, when there is no such folder, the copy packaged in the application. Compiling
 * is the slow part (seconds), so one RuleBase serves every session.
 */
public final class RuleBase {
    /** Where the build puts the packaged copy of {@code rules/}. */
    static final String PACKAGED = "dialectica-rules";
    private static int generation;

    private final KieBase kieBase;
    private final String origin;
    private final List<String> files;

    private RuleBase(KieBase kieBase, String origin, List<String> files) {
        this.kieBase = kieBase;
        this.origin = origin;
        this.files = List.copyOf(files);
    }

    /** The folder if it exists, else the packaged rules. */
    public static RuleBase load(Path folder) {
        return folder != null && Files.isDirectory(folder) ? fromFolder(folder) : packaged();
    }

    public static RuleBase fromFolder(Path folder) {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new RulesException("cannot read rules folder " + folder + ": " + e.getMessage(), e);
        }
        return compile(sources, folder.toAbsolutePath().normalize().toString());
    }

    public static RuleBase packaged() {
        Map<String, String> sources = new LinkedHashMap<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(RuleBase.class.getClassLoader())
                    .getResources("classpath*:" + PACKAGED + "/*.drl");
            List<Resource> sorted = new ArrayList<>(List.of(found));
            sorted.sort((a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
            for (Resource resource : sorted) {
                try (InputStream in = resource.getInputStream()) {
                    sources.put(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new RulesException("cannot read the packaged rules: " + e.getMessage(), e);
        }
        return compile(sources, "packaged " + PACKAGED + "/");
    }

    static RuleBase compile(Map<String, String> sources, String origin) {
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
                    .map(m -> Path.of(String.valueOf(m.getPath())).getFileName() + ":" + m.getLine() + ": " + m.getText().strip())
                    .collect(Collectors.joining("\n  "));
            throw new RulesException("rules in " + origin + " do not compile:\n  " + where);
        }
        KieContainer container = services.newKieContainer(releaseId);
        return new RuleBase(container.getKieBase(), origin, new ArrayList<>(sources.keySet()));
    }

    private static String packageFolder(String drl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)").matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** Where the rules came from: a folder path, or the packaged copy. */
    public String origin() {
        return origin;
    }

    public List<String> files() {
        return files;
    }
}
