package org.dialectica.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.junit.jupiter.api.Test;

class LinkedSentenceTest {

    @Test
    void every_claim_named_by_title_links_to_it_and_the_rest_stays_text() {
        ArgumentMap map = new ArgumentMap("m", "m");
        map.putClaim(new Claim("a", "Alpha <b>", "a", null, null, null, null, null, null, null, null));
        map.putClaim(Claim.of("b", "b"));

        Paragraph p = new LinkedSentence("m", map).paragraph("«Alpha <b>» attacks «b», not «nobody».");

        assertThat(p.getChildren().filter(c -> c instanceof Anchor).map(c -> ((Anchor) c).getHref()))
                .containsExactly("map/m?claim=a", "map/m?claim=b");
        assertThat(p.getChildren().map(Component::getElement).map(e -> e.getTextRecursively()))
                .containsExactly("«Alpha <b>»", " attacks ", "«b»", ", not «nobody».");
        // user text is text: no element was made from the title's markup
        assertThat(p.getElement().getOuterHTML()).contains("&lt;b&gt;");
    }
}
