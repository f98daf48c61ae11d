package org.dialectica.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.dialectica.io.argdown.ArgdownWriter;
import org.dialectica.map.ArgumentMap;
import org.dialectica.reasoning.Analysis;
import org.springframework.stereotype.Component;

/** A map as Argdown, written as the map list's export writes it. */
@Component
class ArgdownExport implements MapExport {
    @Override
    public String format() {
        return "argdown";
    }

    @Override
    public String mediaType() {
        return "text/plain;charset=UTF-8";
    }

    @Override
    public String extension() {
        return ".argdown";
    }

    @Override
    public byte[] write(ArgumentMap map, Supplier<Analysis> analysis, Locale locale) {
        return new ArgdownWriter().write(map).getBytes(StandardCharsets.UTF_8);
    }
}
