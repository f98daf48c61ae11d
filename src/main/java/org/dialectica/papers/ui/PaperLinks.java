package org.dialectica.papers.ui;

import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** A link to a paper's own reading page ({@link PaperView}), for the pages that list papers. */
public final class PaperLinks {
    private PaperLinks() {}

    /** The page's address, relative to the application: the id as one path segment, encoded. */
    static String path(String paperId) {
        return "paper/" + UriUtils.encodePathSegment(paperId, StandardCharsets.UTF_8);
    }

    /** A link with these words to the paper's reading page. */
    public static Anchor to(String paperId, String words) {
        Anchor link = new Anchor(path(paperId), words);
        link.getElement().setAttribute("router-link", true);
        link.addClassName("paper-link");
        return link;
    }
}
