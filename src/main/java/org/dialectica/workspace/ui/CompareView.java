package org.dialectica.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.reasoning.Analysis;
import org.dialectica.reasoning.Comparison;
import org.dialectica.reasoning.Label;
import org.dialectica.reasoning.LabelReason;
import org.dialectica.reasoning.Sentence;
import org.dialectica.workspace.UnknownMapException;
import org.dialectica.workspace.Workspace;

/**
 * Rival theses side by side ({@code /compare/<map>?thesis=a&thesis=b}): each with its status,
 * strength, reasons and grounds tree down to evidence; the conflicts between the positions; and
 * the cruxes with their what-if outcomes. Claims are named by title and link to the map.
 */
// any signed-in person; what they may do with a map the workspace decides per call
@PermitAll
@Route(value = "compare", layout = MainLayout.class)
class CompareView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private final Workspace workspace;
    private String mapId;
    private Analysis analysis;
    /** links claim names to the map; built once per comparison shown (it indexes every title) */
    private LinkedSentence sentences;

    final H2 title = new H2();
    final MultiSelectComboBox<Claim> theses = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> papers = new MultiSelectComboBox<>();
    final Button compare = new Button();
    final Div result = new Div();
    final Div notFound = new Div();

    CompareView(Workspace workspace) {
        this.workspace = workspace;
        setPadding(true);
        theses.setId("compare-theses");
        theses.setItemLabelGenerator(c -> c.displayTitle() + (c.source() == null ? "" : " (" + c.source().paper() + ")"));
        theses.setWidth("40em");
        papers.setId("compare-papers");
        papers.setWidth("22em");
        papers.addValueChangeListener(e -> {
            if (!e.isFromClient() || analysis == null) return;
            // two papers' theses: every thesis of the chosen papers
            theses.setValue(analysis.map().claims().stream()
                    .filter(c -> c.kind() == ClaimKind.THESIS && c.source() != null && e.getValue().contains(c.source().paper()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        });
        compare.setId("compare-run");
        compare.addThemeVariants(ButtonVariant.PRIMARY);
        compare.addClickListener(e -> navigate(theses.getValue().stream().map(Claim::id).toList()));
        result.setId("compare-result");
        result.setWidthFull();
        notFound.setId("not-found");
        notFound.setVisible(false);
        HorizontalLayout pick = new HorizontalLayout(theses, papers, compare);
        pick.setAlignItems(FlexComponent.Alignment.BASELINE);
        pick.setWrap(true);
        title.getStyle().set("margin", "0");
        add(notFound, title, pick, result);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        mapId = parameter;
        try {
            analysis = workspace.analysis(mapId);
        } catch (UnknownMapException e) {
            getChildren().forEach(c -> c.setVisible(false));
            notFound.setVisible(true);
            notFound.setText(getTranslation("map.unknown", parameter));
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            getChildren().forEach(c -> c.setVisible(false));
            notFound.setVisible(true);
            notFound.setText(getTranslation("map.denied", parameter));
            return;
        }
        title.setText(getTranslation("compare.title", analysis.map().title()));
        theses.setLabel(getTranslation("compare.theses"));
        papers.setLabel(getTranslation("compare.papers"));
        compare.setText(getTranslation("compare.run"));
        // theses only: a comparison is of theses, and anything else is refused
        List<Claim> candidates = analysis.map().claims().stream().filter(c -> c.kind() == ClaimKind.THESIS)
                .sorted(Comparator.comparing(Claim::displayTitle)).toList();
        theses.setItems(candidates);
        java.util.TreeSet<String> thesisPapers = analysis.map().claims().stream()
                .filter(c -> c.kind() == ClaimKind.THESIS && c.source() != null).map(c -> c.source().paper())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        papers.setItems(List.copyOf(thesisPapers));
        List<String> chosen = event.getLocation().getQueryParameters().getParameters().getOrDefault("thesis", List.of());
        theses.setValue(candidates.stream().filter(c -> chosen.contains(c.id())).collect(Collectors.toCollection(LinkedHashSet::new)));
        show(chosen);
    }

    @Override
    public String getPageTitle() {
        return analysis == null ? "Dialectica" : getTranslation("compare.title", analysis.map().title()) + " — Dialectica";
    }

    private void navigate(List<String> ids) {
        getUI().ifPresent(ui -> ui.navigate("compare/" + mapId, new QueryParameters(Map.of("thesis", ids))));
    }

    void show(List<String> ids) {
        result.removeAll();
        if (ids.size() < 2) {
            result.add(new Paragraph(getTranslation("compare.hint")));
            return;
        }
        // a thesis named twice (the address can say so), a claim that is not a thesis, an unknown id: said, not compared
        Sentence problem = Comparison.problem(analysis.map(), ids);
        if (problem != null) {
            String text = problem.text(getLocale());
            Paragraph said = new Paragraph(text.substring(0, 1).toUpperCase(getLocale()) + text.substring(1) + ".");
            said.setId("compare-problem");
            result.add(said);
            return;
        }
        sentences = new LinkedSentence(mapId, analysis.map());
        Comparison comparison = Comparison.of(analysis, ids);
        HorizontalLayout side = new HorizontalLayout();
        side.setWidthFull();
        side.setAlignItems(FlexComponent.Alignment.START);
        for (Comparison.Thesis thesis : comparison.theses()) side.add(card(thesis));
        result.add(side);

        result.add(new H3(getTranslation("compare.conflicts")));
        if (comparison.conflicts().isEmpty()) result.add(new Paragraph(getTranslation("compare.noConflicts")));
        UnorderedList conflicts = new UnorderedList();
        conflicts.setId("compare-conflicts");
        for (Comparison.Clash clash : comparison.conflicts()) {
            conflicts.add(new ListItem(link(clash.a()), new Span(" ⟷ "), link(clash.b()), new Span(" (" + Sentence.word(clash.kind()).text(getLocale()) + "): "),
                    new Span(clash.explanation().text(getLocale()))));
        }
        result.add(conflicts);

        result.add(new H3(getTranslation("compare.cruxes")));
        if (comparison.cruxes().isEmpty()) result.add(new Paragraph(getTranslation("compare.noCruxes")));
        UnorderedList cruxes = new UnorderedList();
        cruxes.setId("compare-cruxes");
        for (Comparison.Crux crux : comparison.cruxes()) {
            ListItem item = new ListItem();
            crux.claims().forEach(c -> item.add(link(c), new Span(" ")));
            item.add(sentences.paragraph(crux.explanation().text(getLocale())));
            cruxes.add(item);
        }
        result.add(cruxes);
        if (comparison.bounded()) result.add(new Paragraph(getTranslation("compare.bounded")));
    }

    private Component card(Comparison.Thesis thesis) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("thesis-card");
        card.getStyle().set("border", "1px solid rgba(0, 0, 0, 0.15)").set("border-radius", "0.5em").set("flex", "1 1 0")
                .set("min-width", "18em");
        Claim claim = analysis.map().claim(thesis.id()).orElseThrow();
        H4 heading = new H4();
        heading.add(link(thesis.id()));
        card.add(heading, new StatusBadge(thesis.label(), thesis.strength()), new Paragraph(claim.text()));
        for (LabelReason reason : analysis.reasons(thesis.id())) card.add(sentences.paragraph(reason.explanation().text(getLocale())));
        card.add(new H4(getTranslation("compare.grounds")));
        card.add(thesis.grounds().isEmpty() ? new Paragraph(getTranslation("compare.noGrounds")) : tree(thesis.id(), new LinkedHashSet<>()));
        return card;
    }

    /** The grounds tree as nested lists; a claim reached twice is listed once. */
    private UnorderedList tree(String claimId, Set<String> shown) {
        UnorderedList list = new UnorderedList();
        for (String ground : analysis.grounds(claimId)) {
            if (!shown.add(ground)) continue;
            Label label = analysis.label(ground);
            ListItem item = new ListItem(link(ground), new Span(" — " + getTranslation("label." + label.word())));
            if (!analysis.grounds(ground).isEmpty()) item.add(tree(ground, shown));
            list.add(item);
        }
        return list;
    }

    private Anchor link(String claimId) {
        String name = analysis.map().claim(claimId).map(Claim::displayTitle).orElse(claimId);
        return sentences.link(claimId, "«" + name + "»");
    }


    List<String> shownTheses() {
        return new ArrayList<>(theses.getValue().stream().map(Claim::id).toList());
    }
}
