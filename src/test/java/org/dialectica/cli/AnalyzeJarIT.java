package org.dialectica.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packaged jar runs the command line without starting the web server. */
class AnalyzeJarIT {

    @Test
    void java_jar_analyze_prints_one_json_document_and_starts_no_server() throws Exception {
        Path jar = Path.of(System.getProperty("dialectica.jar", "target/dialectica.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "analyze", "arguments", "--format", "json"));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        byte[] stdout = process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(stderr).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(new String(stdout, StandardCharsets.UTF_8));
        assertThat(doc.get("claims").size()).isGreaterThan(50);
        assertThat(doc.get("conflicts").size()).isPositive();
        assertThat(stderr).doesNotContain("Tomcat", "Started DialecticaApplication");
    }

    @Test
    void java_jar_analyze_on_a_broken_file_exits_2_with_a_located_message() throws Exception {
        Path jar = Path.of(System.getProperty("dialectica.jar", "target/dialectica.jar"));
        Path broken = java.nio.file.Files.createTempFile("broken", ".apx");
        java.nio.file.Files.writeString(broken, "arg(a).\natt(a,\n");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "analyze", broken.toString()).start();
        process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr).contains(broken.getFileName() + ":2:");
    }

    @Test
    void java_jar_debate_score_replays_the_example_transcript() throws Exception {
        Path jar = Path.of(System.getProperty("dialectica.jar", "target/dialectica.jar"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "debate", "score", "docs/debates/rival-theses.debate.json", "--format", "json").start();
        byte[] stdout = process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stderr).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(new String(stdout, StandardCharsets.UTF_8));
        assertThat(doc.get("result").get("winner").asString()).isEqualTo("Opposition");
    }

    /** From a folder without rules/: the jar's own copy of the map rules and of the default rubric. */
    @Test
    void java_jar_grade_with_the_packaged_default_rubric() throws Exception {
        Path jar = Path.of(System.getProperty("dialectica.jar", "target/dialectica.jar")).toAbsolutePath();
        Path map = Path.of("arguments", "who-gained-from-the-2020-war.argdown").toAbsolutePath();
        Path elsewhere = java.nio.file.Files.createTempDirectory("grade");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "grade", "--rubric", "default", "--reference", map.toString(), map.toString(),
                "--format", "json").directory(elsewhere.toFile()).start();
        byte[] stdout = process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(stderr).isZero();
        JsonNode student = JsonMapper.builder().build().readTree(new String(stdout, StandardCharsets.UTF_8)).get("students").get(0);
        assertThat(student.get("max").asDouble()).isEqualTo(10.0);
        // thesis-grounded, sources-cited, counterarguments, reference-coverage, no-circular-support, own-contribution
        assertThat(student.get("criteria").size()).isEqualTo(6);
    }
}
