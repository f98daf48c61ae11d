package org.dialectica.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which characters typed text may not hold, and what a refusal says. */
class TypedTextTest {
    @Test
    void the_invisible_controls_are_refused_and_everything_people_write_is_not() {
        for (int cp : new int[] {0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9F, 0x202A, 0x202E, 0x2066, 0x2069, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF}) {
            assertThat(TypedText.forbidden(cp)).as("U+%04X", cp).isTrue();
        }
        // tab and line breaks, the LTR/RTL marks of Arabic and Hebrew text, joiners of emoji, accents
        String allowed = "a\tb\nc\r\n \u200E\u200F \u200D \u0301 é Ω 中 العربية עברית 👩‍🔬 🇮🇩 <b>[x](y)</b> {k: v} # \\";
        assertThat(TypedText.firstForbidden(allowed)).isEqualTo(-1);
        assertThat(TypedText.clean(allowed)).isSameAs(allowed);
    }

    @Test
    void a_refusal_names_the_field_the_character_and_its_place_counted_in_characters_people_see() {
        assertThatThrownBy(() -> TypedText.check("title", "👩‍🔬 bell\u0007"))
                .isInstanceOf(TypedText.ForbiddenCharacterException.class)
                .hasMessage("The title contains the invisible control character U+0007 (bel) at character 9; remove it and try again.");
        assertThatThrownBy(() -> TypedText.check("comment", "abc\u202Edef"))
                .hasMessageContaining("U+202E (right-to-left override) at character 4");
        TypedText.check("title", null); // nothing typed is nothing to refuse
    }

    @Test
    void files_are_cleaned_of_them_with_pairs_kept_whole() {
        assertThat(TypedText.clean("a\u0000b\u202Ec😀\uD800d")).isEqualTo("abc😀d");
    }
}
