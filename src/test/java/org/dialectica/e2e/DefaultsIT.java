package org.dialectica.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged app with no settings at all, started in an empty folder, as a new user would. */
class DefaultsIT {

    @Test
    void with_its_defaults_the_app_keeps_its_database_in_data_under_the_working_folder(@TempDir Path folder) throws Exception {
        try (RunningApp app = new RunningApp(null, folder).start()) {
            assertThat(Files.exists(folder.resolve("data").resolve("dialectica.mv.db"))).isTrue();
            assertThat(app.log()).contains("Imported 6 sample maps");
        }
    }
}
