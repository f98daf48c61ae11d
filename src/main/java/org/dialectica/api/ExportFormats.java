package org.dialectica.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.dialectica.io.aif.AifWriter;
import org.dialectica.io.argdown.ArgdownJsonWriter;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.Analysis;
import org.dialectica.report.MapReport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every format a map is exported in through the API: the writers the page and the command line use. */
@Configuration(proxyBeanMethods = false)
class ExportFormats {

    /** One format: a name, what it answers, and how the map (or its analysis, read only if asked) is written. */
    private record Written(String format, String mediaType, String extension, Writer writer) implements MapExport {
        @Override
        public byte[] write(ArgumentMap map, Supplier<Analysis> analysis, Locale locale) {
            return writer.write(map, analysis, locale);
        }
    }

    private interface Writer {
        byte[] write(ArgumentMap map, Supplier<Analysis> analysis, Locale locale);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Bean
    MapExport argdownExport() {
        return new Written("argdown", "text/plain;charset=UTF-8", ".argdown", (map, analysis, locale) -> utf8(new ArgdownWriter().write(map)));
    }

    @Bean
    MapExport aifExport() {
        return new Written("aif", "application/json", ".json", (map, analysis, locale) -> utf8(new AifWriter().write(map)));
    }

    @Bean
    MapExport argdownJsonExport() {
        return new Written("argdown-json", "application/json", ".argdown.json", (map, analysis, locale) -> utf8(new ArgdownJsonWriter().write(map)));
    }

    @Bean
    MapExport markdownReport() {
        return new Written("markdown", "text/markdown;charset=UTF-8", ".md", (map, analysis, locale) -> utf8(MapReport.of(analysis.get(), locale).markdown()));
    }

    @Bean
    MapExport pdfReport() {
        return new Written("pdf", "application/pdf", ".pdf", (map, analysis, locale) -> MapReport.of(analysis.get(), locale).pdf());
    }
}
