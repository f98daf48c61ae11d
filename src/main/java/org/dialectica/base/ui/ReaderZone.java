package org.dialectica.base.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Consumer;

/** The reader's time zone, as their browser says it: pages show times in it once it is known. */
public final class ReaderZone {
    private ReaderZone() {}

    /** Asks the page's browser; {@code known} gets the zone when it answers with a usable one (else the server's stays). */
    public static void ask(UI ui, Consumer<ZoneId> known) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone;
            try {
                zone = ZoneId.of(details.getTimeZoneId());
            } catch (DateTimeException | NullPointerException unusable) {
                return;
            }
            known.accept(zone);
        });
    }
}
