package org.dialectica.workspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;

/**
 * An explanation as a paragraph in which every claim named «Title» links to that claim on the
 * map. The text stays text: titles come from users, so nothing is ever rendered as HTML.
 */
final class LinkedSentence {
    private static final Pattern NAMED = Pattern.compile("«([^»]+)»");

    private final String mapId;
    private final Map<String, String> idByTitle = new HashMap<>();

    LinkedSentence(String mapId, ArgumentMap map) {
        this.mapId = mapId;
        for (Claim claim : map.claims()) idByTitle.putIfAbsent(claim.displayTitle(), claim.id());
    }

    Paragraph paragraph(String sentence) {
        Paragraph p = new Paragraph();
        Matcher m = NAMED.matcher(sentence);
        int at = 0;
        while (m.find()) {
            String id = idByTitle.get(m.group(1));
            if (id == null) continue;
            if (m.start() > at) p.add(new Span(sentence.substring(at, m.start())));
            p.add(link(id, m.group()));
            at = m.end();
        }
        if (at < sentence.length()) p.add(new Span(sentence.substring(at)));
        return p;
    }

    Anchor link(String claimId, String text) {
        Anchor link = new Anchor("map/" + mapId + "?claim=" + URLEncoder.encode(claimId, StandardCharsets.UTF_8), text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
