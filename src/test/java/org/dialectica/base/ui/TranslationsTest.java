package org.dialectica.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every UI text exists in English and in Indonesian, and the provider serves each language. */
class TranslationsTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + name)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void every_key_is_translated_in_both_languages() throws Exception {
        Properties english = load("messages.properties");
        Properties indonesian = load("messages_id.properties");

        assertThat(indonesian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(indonesian.getProperty(key)).isNotBlank());
    }

    @Test
    void the_provider_answers_in_the_asked_language_and_fills_in_parameters() {
        Translations translations = new Translations();

        assertThat(translations.getTranslation("maps.heading", Translations.ENGLISH)).isEqualTo("Argument maps");
        assertThat(translations.getTranslation("maps.heading", Translations.INDONESIAN)).isEqualTo("Peta argumen");
        assertThat(translations.getTranslation("maps.import.done", Translations.INDONESIAN, "a.argdown", 2))
                .isEqualTo("a.argdown telah diimpor (2 peringatan)");
        assertThat(translations.getTranslation("no.such.key", Translations.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void the_canvas_gets_every_text_it_shows_in_indonesian() throws Exception {
        Properties english = load("messages.properties");
        Properties indonesian = load("messages_id.properties");

        // the canvas's tooltips, hints and what a screen reader hears: each sent, none left in English
        assertThat(GraphCanvas.WORDS).allSatisfy(key -> {
            assertThat(english.getProperty("canvas." + key)).as(key).isNotBlank();
            assertThat(indonesian.getProperty("canvas." + key)).as(key).isNotBlank().isNotEqualTo(english.getProperty("canvas." + key));
        });
        // the legend that the pictures of the map carry
        assertThat(GraphCanvas.LEGEND_WORDS).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(indonesian.getProperty(key)).as(key).isNotBlank();
        });
    }
}
