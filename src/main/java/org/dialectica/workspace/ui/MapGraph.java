package org.dialectica.workspace.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dialectica.base.ui.CanvasEdge;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.base.ui.GraphCanvas;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.AttackEdge;
import org.dialectica.reasoning.Conflict;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.Sentence;

/**
 * An analysed map as the canvas draws it: claims coloured by status, drawn relations, derived
 * attacks and conflicts with their rule and explanation as hover text. One builder for every page
 * that shows a map (the map, the map at an edit, the grader's two maps), each adding its own
 * filter, style classes, labels and badges.
 */
public final class MapGraph {
    private final Analysis analysis;
    private final Component page;
    private final java.util.Locale locale;
    private Map<String, double[]> positions = Map.of();
    private Predicate<Claim> shown = c -> true;
    private boolean derived = true;
    private Function<Claim, List<String>> classes = c -> List.of();
    private Function<Claim, String> labels = Claim::displayTitle;
    private Map<String, CanvasNode.Badge> badges = Map.of();

    private MapGraph(Analysis analysis, Component page, java.util.Locale locale) {
        this.analysis = analysis;
        this.page = page;
        this.locale = locale;
    }

    /** @param page and locale: the hover texts are worded in the page's language */
    public static MapGraph of(Analysis analysis, Component page, java.util.Locale locale) {
        return new MapGraph(analysis, page, locale);
    }

    /** Saved places by claim id; a claim without one is laid out by the canvas. */
    public MapGraph positions(Map<String, double[]> value) {
        positions = value;
        return this;
    }

    /** Which claims are drawn (a relation is drawn when its ends are). */
    public MapGraph shown(Predicate<Claim> value) {
        shown = value;
        return this;
    }

    /** Whether attacks the rules derive are drawn. */
    public MapGraph derived(boolean value) {
        derived = value;
        return this;
    }

    public MapGraph classes(Function<Claim, List<String>> value) {
        classes = value;
        return this;
    }

    public MapGraph labels(Function<Claim, String> value) {
        labels = value;
        return this;
    }

    public MapGraph badges(Map<String, CanvasNode.Badge> value) {
        badges = value;
        return this;
    }

    public void drawOn(GraphCanvas canvas) {
        Set<String> drawn = new LinkedHashSet<>();
        List<CanvasNode> nodes = new ArrayList<>();
        for (Claim claim : analysis.map().claims()) {
            if (!shown.test(claim)) continue;
            drawn.add(claim.id());
            double[] at = positions.get(claim.id());
            Label label = analysis.label(claim.id());
            nodes.add(new CanvasNode(claim.id(), labels.apply(claim), claim.kind().word(), label == null ? "UNDEC" : label.name(),
                    classes.apply(claim), at == null ? null : at[0], at == null ? null : at[1], badges.get(claim.id())));
        }
        List<CanvasEdge> edges = new ArrayList<>();
        for (Support s : analysis.map().supports()) {
            if (drawn.contains(s.from()) && drawn.contains(s.to())) {
                edges.add(new CanvasEdge(s.id(), s.from(), s.to(), "support", false, page.getTranslation("relation.support.tooltip", s.from(), s.to())));
            }
        }
        for (AttackEdge e : analysis.attacks()) {
            if (!drawn.contains(e.getFrom())) continue;
            if (e.isOnClaim() && !drawn.contains(e.getTo())) continue;
            // a rebuttal the rules derive from a conflict is drawn as the conflict
            if (e.isDerived() && (!derived || e.getKind().name().equals("REBUT"))) continue;
            String id = e.isDerived() ? "derived:" + e : e.getFrom() + " -> " + e.getTo();
            edges.add(new CanvasEdge(id, e.getFrom(), e.getTo(), e.getKind().word(), e.isDerived(), tooltip(e.getRule(), e.explanation())));
        }
        for (Conflict c : analysis.conflicts()) {
            if (drawn.contains(c.getA()) && drawn.contains(c.getB())) {
                edges.add(new CanvasEdge(conflictId(c), c.getA(), c.getB(), "conflict", true, tooltip(c.getRule(), c.explanation())));
            }
        }
        canvas.setGraph(nodes, edges);
    }

    /** "rule: explanation", both in the page's language */
    private String tooltip(String rule, Sentence explanation) {
        return Sentence.rule(rule).text(locale) + ": " + explanation.text(locale);
    }

    static String conflictId(Conflict c) {
        return "conflict:" + c.getKind().word() + ":" + c.getA() + ":" + c.getB() + ":" + c.getRule();
    }
}
