package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.io.argdown.ArgdownTesting.FILE;
import static org.dialectica.io.argdown.ArgdownTesting.claim;
import static org.dialectica.io.argdown.ArgdownTesting.lines;
import static org.dialectica.io.argdown.ArgdownTesting.map;
import static org.dialectica.io.argdown.ArgdownTesting.read;

import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.Source;
import org.junit.jupiter.api.Test;

/** The front matter between === lines. */
class ArgdownFrontMatterTest {
    @Test
    void front_matter_gives_the_map_title_description_and_claim_defaults() {
        // given
        String text = lines(
                "",
                "===",
                "title: War map",
                "description: Claims of paper 000.",
                "paper: 000.txt",
                "lang: id",
                "author: someone",
                "===",
                "",
                "[A]: a {quote: kutipan}",
                "",
                "[B]: b {original: asli, lang: tr, paper: other.txt}",
                "",
                "[C]: c");
        // when
        ReadResult result = read(text);
        // then
        ArgumentMap map = result.map();
        assertThat(map.id()).isEqualTo("test");
        assertThat(map.title()).isEqualTo("War map");
        assertThat(map.description()).isEqualTo("Claims of paper 000.");
        assertThat(claim(map, "a")).extracting(Claim::source, Claim::language)
                .containsExactly(new Source("000.txt", null, "kutipan"), "id");
        assertThat(claim(map, "b")).extracting(c -> c.source().paper(), Claim::language).containsExactly("other.txt", "tr");
        assertThat(claim(map, "c")).extracting(c -> c.source().paper(), Claim::language).containsExactly("000.txt", null);
        assertThat(result.warnings()).containsExactly(
                new MapWarning(FILE, 7, 1, "front matter key 'author' is not used by Dialectica"));
    }

    @Test
    void without_front_matter_the_map_is_named_after_its_file() {
        // when
        ArgumentMap map = map(lines("[A]: a"));
        // then
        assertThat(map.id()).isEqualTo("test");
        assertThat(map.title()).isEqualTo("test");
    }
}
