package org.dialectica.reasoning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The rules of {@code rules/} compiled at build time into Drools' executable model (Java classes,
 * no parser or compiler needed at run time), packaged beside the rules' copy in the jar. Compiling
 * the .drl files takes seconds; building a KieBase from the compiled model takes a fraction of
 * one. Used only for exactly the .drl texts it was compiled from (their hash), so an edited rule
 * is compiled at run time as before and takes effect.
 *
 * <p>{@link #main} is the build step ({@code pom.xml}, phase {@code process-classes}); the model's
 * generator ({@code drools-model-codegen}) is on the build's classpath only, never in the jar.
 */
final class PrecompiledRules {
    /** Where the compiled model and the hashes it was compiled from sit, under {@link RuleBase#PACKAGED}. */
    static final String FOLDER = RuleBase.PACKAGED + "/compiled/";
    static final String KJAR = "rules.kjar", HASHES = "rules.properties";
    /** The kjar's list of model classes: META-INF/kie/GROUP/ARTIFACT/drools-model. */
    private static final String MODEL_LIST = "/drools-model";
    private static final String GENERATOR = "org.drools.model.codegen.ExecutableModelProject";

    private PrecompiledRules() {}

    /** The KieBase compiled at build time from exactly these sources, or null (none packaged, or other sources). */
    static KieBase kieBase(Map<String, String> sources) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        try (InputStream hashes = loader.getResourceAsStream(FOLDER + HASHES)) {
            if (hashes == null) return null;
            Properties compiled = new Properties();
            compiled.load(hashes);
            if (!hash(sources).equals(compiled.getProperty("drl"))) return null;
            byte[] kjar;
            try (InputStream in = loader.getResourceAsStream(FOLDER + KJAR)) {
                if (in == null) return null;
                kjar = in.readAllBytes();
            }
            return fromKjar(kjar, loader);
        } catch (IOException | ReflectiveOperationException | LinkageError e) {
            // a model that does not load is no reason to fail: the sources compile as they always did
            return null;
        }
    }

    /** Defines the model's classes from the kjar and builds a KieBase from the models it lists. */
    static KieBase fromKjar(byte[] kjar, ClassLoader parent) throws IOException, ReflectiveOperationException {
        Map<String, byte[]> classes = new HashMap<>();
        String modelList = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), zip.readAllBytes());
                } else if (name.startsWith("META-INF/kie/") && name.endsWith(MODEL_LIST)) {
                    modelList = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        if (modelList == null) throw new IOException("no list of models (drools-model) in the compiled rules");
        ModelClassLoader loader = new ModelClassLoader(classes, parent);
        List<Model> models = new ArrayList<>();
        for (String line : modelList.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            if (line.startsWith("Drools-Model-Version:")) continue;
            models.add((Model) loader.loadClass(line).getDeclaredConstructor().newInstance());
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** The generated classes, defined from the kjar's bytes when first asked for. */
    private static final class ModelClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        ModelClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("dialectica-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) throw new ClassNotFoundException(name);
            return defineClass(name, bytes, 0, bytes.length);
        }

        /** Drools reads a rule class's bytecode to fingerprint the lambdas in it (shared nodes). */
        @Override
        public InputStream getResourceAsStream(String name) {
            if (name.endsWith(".class")) {
                byte[] bytes = classes.get(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                if (bytes != null) return new ByteArrayInputStream(bytes);
            }
            return super.getResourceAsStream(name);
        }
    }

    /** The hash of .drl sources (file name → text), as compared at run time. */
    static String hash(Map<String, String> sources) {
        MessageDigest digest = sha256();
        sources.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(e.getValue().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * The build step: {@code PrecompiledRules RULES_DIR CLASSES_DIR} compiles the .drl files of
     * RULES_DIR into the executable model and writes it, with the hashes it came from, under
     * CLASSES_DIR. Skipped when neither the rules nor the classes they use changed since the last
     * time (both hashed), so a build that touched neither pays only this check. Exit 1 when a rule
     * does not compile: the shipped rules must.
     */
    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args[0]), classesDir = Path.of(args[1]);
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(rules)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Path out = classesDir.resolve(FOLDER);
        Properties now = new Properties();
        now.setProperty("drl", hash(sources));
        now.setProperty("classes", classesHash(classesDir));
        Path hashes = out.resolve(HASHES), kjarFile = out.resolve(KJAR);
        if (Files.isRegularFile(hashes) && Files.isRegularFile(kjarFile)) {
            Properties before = new Properties();
            try (Reader in = new StringReader(Files.readString(hashes))) {
                before.load(in);
            }
            if (before.equals(now)) {
                System.out.println("Precompiled rules are up to date: " + kjarFile);
                return;
            }
        }
        long start = System.nanoTime();
        byte[] kjar = compile(sources);
        Files.createDirectories(out);
        Files.write(kjarFile, kjar);
        try (var writer = Files.newBufferedWriter(hashes, StandardCharsets.UTF_8)) {
            now.store(writer, "hashes of the rules and classes the executable model was compiled from");
        }
        System.out.printf("Precompiled %d rule files into %s (%,d bytes) in %.1f s%n", sources.size(), kjarFile, kjar.length,
                (System.nanoTime() - start) / 1e9);
    }

    /** The executable model of the sources as a kjar. */
    static byte[] compile(Map<String, String> sources) throws ReflectiveOperationException {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("org.dialectica", "rules-precompiled", "1.0.0");
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        sources.forEach((name, text) -> files.write("src/main/resources/" + RuleBase.packageFolder(text) + name, text));
        // the generator is on the build's classpath alone, so it is named, not imported
        Class<? extends KieBuilder.ProjectType> project = Class.forName(GENERATOR).asSubclass(KieBuilder.ProjectType.class);
        KieBuilder builder = services.newKieBuilder(files).buildAll(project);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            errors.forEach(m -> System.err.println(m.getPath() + ":" + m.getLine() + ": " + m.getText().strip()));
            System.exit(1);
        }
        return ((InternalKieModule) builder.getKieModule()).getBytes();
    }

    /** The classes the rules are compiled against: the model and the reasoning facts. */
    private static String classesHash(Path classesDir) throws IOException {
        MessageDigest digest = sha256();
        for (String pkg : List.of("org/dialectica/map", "org/dialectica/reasoning")) {
            Path dir = classesDir.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                    digest.update(classesDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
