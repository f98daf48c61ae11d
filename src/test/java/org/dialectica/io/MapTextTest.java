package org.dialectica.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dialectica.io.argdown.ArgdownReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One strict decoding for the command line and the upload: bad bytes are located, never replaced. */
class MapTextTest {
    @Test
    void utf8_with_or_without_a_byte_order_mark_and_utf16_with_one_decode() throws Exception {
        assertThat(MapText.decode("a", "Café".getBytes(StandardCharsets.UTF_8))).isEqualTo("Café");
        assertThat(MapText.decode("a", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'})).isEqualTo("x");
        assertThat(MapText.decode("a", "\uFEFFCafé".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("Café");
    }

    @Test
    void an_invalid_byte_is_refused_at_its_line_and_column() {
        byte[] bytes = "one\ntwo \u00e9x".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xFF; // the second byte of é

        assertThatThrownBy(() -> MapText.decode("bad.argdown", bytes)).isInstanceOfSatisfying(MapFileException.class, e -> {
            assertThat(e.getMessage()).startsWith("bad.argdown:2:5: byte 0xC3 (byte 9 of the file) is not valid UTF-8");
        });
    }

    @Test
    void the_command_line_reader_refuses_the_same_file_the_same_way(@TempDir Path folder) throws Exception {
        Path file = Files.write(folder.resolve("latin1.argdown"), "[A]: Caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new ArgdownReader().read(file))
                .isInstanceOf(MapFileException.class).hasMessageStartingWith("latin1.argdown:1:9: byte 0xE9");
    }
}
