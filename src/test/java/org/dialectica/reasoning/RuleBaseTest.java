package org.dialectica.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBaseTest {

    @Test
    void the_rules_folder_holds_one_file_per_concern() {
        assertThat(Given.RULES.files()).containsExactly(
                "acceptability.drl", "attacks.drl", "conflicts.drl", "debate.drl", "preferences.drl", "quality.drl");
    }

    @Test
    void a_rule_that_does_not_compile_is_reported_with_its_file_and_line(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), """
                package org.dialectica.rules;
                import org.dialectica.map.Claim;

                rule "Broken"
                when
                    Claim( nosuchfield == 1 )
                then
                end
                """);

        assertThatThrownBy(() -> RuleBase.fromFolder(dir))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("broken.drl:6");
    }

    @Test
    void a_folder_without_rules_is_refused_by_name(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleBase.fromFolder(dir)).hasMessageContaining("no .drl files in " + dir.toAbsolutePath());
    }

    @Test
    void a_missing_folder_falls_back_to_the_packaged_copy_of_the_same_rules(@TempDir Path dir) {
        RuleBase packaged = RuleBase.load(dir.resolve("absent"));

        assertThat(packaged.origin()).startsWith("packaged");
        assertThat(packaged.files()).isEqualTo(Given.RULES.files());
        assertThat(packaged.vocabulary().knowsDirection("fragile")).isTrue();
    }

    @Test
    void another_rules_folder_changes_what_is_derived(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("only-quality.drl"), Files.readString(Path.of("rules", "quality.drl")));
        RuleBase onlyQuality = RuleBase.fromFolder(dir);

        Analysis analysis = ReasoningSession.analyze(onlyQuality, Given.given().uncited("a").claim("b").contradictory("a", "b").map());

        assertThat(analysis.conflicts()).isEmpty();
        assertThat(analysis.findings()).extracting(Finding::getKind).containsExactly(FindingKind.CLAIM_WITHOUT_SOURCE);
    }
}
