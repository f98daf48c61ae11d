package org.dialectica.workspace.ui;

import org.dialectica.base.ui.Translations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dialectica.base.ui.CanvasEdge;
import org.dialectica.base.ui.CanvasNode;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.AttackEdge;
import org.dialectica.reasoning.Conflict;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.Sentence;

/**
 * An analysed map as the canvas draws it: claims coloured by status and shaped by kind, drawn
 * supports and attacks, derived attacks and conflicts dashed, each with its rule and explanation in
 * the reader's language. One drawing for every page that shows a map (the map, the map at an earlier
 * edit, a debate).
 */
public final class MapGraph {
    private MapGraph() {}

    // the app's own texts, read directly: a drawing can be made once off any page's thread and shared
    private static final Translations WORDS = new Translations();

    /** What to give {@code GraphCanvas.setGraph}. */
    public record Drawing(List<CanvasNode> nodes, List<CanvasEdge> edges) {}

    /** Every claim and relation; claims without a position are placed by the canvas. */
    public static Drawing of(Analysis analysis, Map<String, double[]> positions, Locale reader) {
        return of(analysis, positions, claim -> true, true, Map.of(), reader);
    }

    /**
     * @param shown       which claims to draw (a relation is drawn when its ends are)
     * @param showDerived whether to draw the attacks the rules derive
     * @param badges      a count to draw on a claim, by claim id
     * @param reader      the reader's language, for the tooltips
     */
    public static Drawing of(Analysis analysis, Map<String, double[]> positions, Predicate<Claim> shown, boolean showDerived,
            Map<String, CanvasNode.Badge> badges, Locale reader) {
        Set<String> drawn = new LinkedHashSet<>();
        List<CanvasNode> nodes = new ArrayList<>();
        for (Claim claim : analysis.map().claims()) {
            if (!shown.test(claim)) continue;
            drawn.add(claim.id());
            double[] at = positions.get(claim.id());
            Label label = analysis.label(claim.id());
            List<String> classes = claim.source() == null ? List.of() : List.of("paper-" + claim.source().paper().replaceAll("[^A-Za-z0-9]", ""));
            nodes.add(new CanvasNode(claim.id(), claim.displayTitle(), claim.kind().word(), label == null ? "UNDEC" : label.name(),
                    classes, at == null ? null : at[0], at == null ? null : at[1], badges.get(claim.id())));
        }
        List<CanvasEdge> edges = new ArrayList<>();
        for (Support s : analysis.map().supports()) {
            if (drawn.contains(s.from()) && drawn.contains(s.to())) {
                edges.add(new CanvasEdge(s.id(), s.from(), s.to(), "support", false, WORDS.getTranslation("relation.phrase.support", reader, title(analysis, s.from()), title(analysis, s.to()))));
            }
        }
        for (AttackEdge e : analysis.attacks()) {
            if (!drawn.contains(e.getFrom())) continue;
            if (e.isOnClaim() && !drawn.contains(e.getTo())) continue;
            // a rebuttal the rules derive from a conflict is drawn as the conflict
            if (e.isDerived() && (!showDerived || e.getKind().name().equals("REBUT"))) continue;
            String id = e.isDerived() ? "derived:" + e : e.getFrom() + " -> " + e.getTo();
            edges.add(new CanvasEdge(id, e.getFrom(), e.getTo(), e.getKind().word(), e.isDerived(), tooltip(e.getRule(), e.explanation(), reader)));
        }
        for (Conflict c : analysis.conflicts()) {
            if (drawn.contains(c.getA()) && drawn.contains(c.getB())) {
                edges.add(new CanvasEdge(conflictId(c), c.getA(), c.getB(), "conflict", true, tooltip(c.getRule(), c.explanation(), reader)));
            }
        }
        return new Drawing(nodes, edges);
    }

    /** A claim as people know it: by its title, never its id. */
    private static String title(Analysis analysis, String claimId) {
        return analysis.map().claim(claimId).map(Claim::displayTitle).orElse(claimId);
    }

    /** "rule: explanation", both in the reader's language */
    private static String tooltip(String rule, Sentence explanation, Locale reader) {
        return Sentence.rule(rule).text(reader) + ": " + explanation.text(reader);
    }

    /** The canvas id of a conflict's edge. */
    public static String conflictId(Conflict c) {
        return "conflict:" + c.getKind().word() + ":" + c.getA() + ":" + c.getB() + ":" + c.getRule();
    }
}
