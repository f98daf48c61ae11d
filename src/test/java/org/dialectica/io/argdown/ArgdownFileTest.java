package org.dialectica.io.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dialectica.io.argdown.ArgdownTesting.claim;
import static org.dialectica.io.argdown.ArgdownTesting.lines;
import static org.dialectica.io.argdown.ArgdownTesting.map;
import static org.dialectica.io.argdown.ArgdownTesting.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dialectica.io.MapFileException;
import org.dialectica.io.MapWarning;
import org.dialectica.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line endings and files on disk. */
class ArgdownFileTest {
    @Test
    void windows_line_endings_read_like_unix_ones() {
        // given
        String unix = lines("===", "title: T", "===", "", "[A]: a", "  + [B]: b {kind: evidence}", "", "(1) [B]", "----",
                "(2) [C]: c");
        String windows = unix.replace("\n", "\r\n");
        // when
        ReadResult fromUnix = read(unix);
        ReadResult fromWindows = read(windows);
        // then
        assertThat(fromWindows.map().claims()).containsExactlyElementsOf(fromUnix.map().claims());
        assertThat(fromWindows.map().supports()).containsExactlyElementsOf(fromUnix.map().supports());
        assertThat(fromWindows.map().arguments()).containsExactlyElementsOf(fromUnix.map().arguments());
        assertThat(fromWindows.map().title()).isEqualTo("T");
    }

    @Test
    void a_file_on_disk_is_read_as_utf8_and_named_after_its_file_name(@TempDir Path folder) throws IOException, MapFileException {
        // given
        Path file = folder.resolve("paper-007.argdown");
        Files.writeString(file, lines("[Ü]: Grüße {unknown: 1}"), StandardCharsets.UTF_8);
        // when
        ReadResult result = new ArgdownReader().read(file);
        // then
        assertThat(result.map().id()).isEqualTo("paper-007");
        assertThat(claim(result.map(), "u").text()).isEqualTo("Grüße");
        assertThat(result.warnings()).singleElement().extracting(MapWarning::file).isEqualTo("paper-007.argdown");
    }
}
