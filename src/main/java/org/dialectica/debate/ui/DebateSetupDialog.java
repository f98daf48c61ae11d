package org.dialectica.debate.ui;

import org.dialectica.debate.SetupException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.dialectica.debate.Debates;
import org.dialectica.debate.Format;
import org.dialectica.debate.Setup;
import org.dialectica.debate.Side;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.people.Person;
import org.dialectica.reasoning.Analysis;
import org.dialectica.workspace.MapSummary;
import org.dialectica.workspace.UnknownMapException;
import org.dialectica.workspace.Workspace;
import org.springframework.security.access.AccessDeniedException;

/**
 * "New debate": a title and a map are all it needs. The rest has defaults: free format, two sides
 * named Proposition and Opposition, each given a thesis of the map no side has (rivals first, see
 * {@link RivalTheses}), no members yet (the moderator assigns them later), no round limit, no timer.
 * British Parliamentary's four teams get the rivals on their benches, the closing teams extending
 * them; where the map has no such theses the form says they must be chosen, and opens nothing until they are.
 */
final class DebateSetupDialog extends Dialog {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DebateSetupDialog.class);
    private final Workspace workspace;
    private final Debates debates;
    private final List<Person> people;
    private final LongConsumer opened;
    private List<Claim> claims = List.of();
    /** the map's theses, the closest rivals first: what sides without a chosen thesis get */
    private List<String> defaults = List.of();
    /** the chosen map's analysis, null before a map is chosen (or when it cannot be read) */
    private Analysis analysis;

    final TextField title = new TextField();
    final ComboBox<MapSummary> map = new ComboBox<>();
    final Select<Format> format = new Select<>();
    final IntegerField sideCount = new IntegerField();
    final VerticalLayout sides = new VerticalLayout();
    final List<SideFields> sideFields = new ArrayList<>();
    final IntegerField rounds = new IntegerField();
    final IntegerField movesPerTurn = new IntegerField();
    final IntegerField turnSeconds = new IntegerField();
    final Checkbox debatersVote = new Checkbox();
    final Paragraph error = new Paragraph();
    /** British Parliamentary: what the teams left without theses get, or that they must be chosen */
    final Paragraph bpTheses = new Paragraph();
    final Button open = new Button();

    /** The fields of one side. */
    final class SideFields extends FormLayout {
        final TextField name = new TextField();
        final MultiSelectComboBox<Claim> theses = new MultiSelectComboBox<>();
        final MultiSelectComboBox<Person> members = new MultiSelectComboBox<>();
        /** British Parliamentary: the member picked first gives the team's first speech */
        final PickedOrder picked = new PickedOrder(members, List.of());

        SideFields(int number) {
            name.setId("side-name-" + number);
            theses.setId("side-theses-" + number);
            members.setId("side-members-" + number);
            name.setLabel(getTranslation("debate.setup.side.name", number));
            theses.setLabel(getTranslation("debate.setup.side.theses"));
            members.setLabel(getTranslation("debate.setup.side.members"));
            theses.setItemLabelGenerator(Claim::displayTitle);
            theses.setItems(claims);
            theses.addValueChangeListener(e -> showBpTheses());
            members.setItemLabelGenerator(p -> p.name() + " (" + p.login() + ")");
            members.setItems(people);
            name.setValue(defaultName(number));
            add(name, theses, members);
            setResponsiveSteps(new ResponsiveStep("0", 3));
        }
    }

    DebateSetupDialog(Workspace workspace, Debates debates, List<Person> people, LongConsumer opened) {
        this.workspace = workspace;
        this.debates = debates;
        this.people = people;
        this.opened = opened;
        setId("debate-setup");
        setHeaderTitle(getTranslation("debate.setup.heading"));
        setWidth("min(72em, 96vw)");
        title.setId("debate-title");
        title.setLabel(getTranslation("debate.setup.title"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        map.setId("debate-map");
        map.setLabel(getTranslation("debate.setup.map"));
        map.setRequiredIndicatorVisible(true);
        map.setItemLabelGenerator(MapSummary::title);
        map.setItems(workspace.list(""));
        map.setWidthFull();
        map.addValueChangeListener(e -> readClaims());
        format.setId("debate-format");
        format.setLabel(getTranslation("debate.setup.format"));
        format.setItems(Format.values());
        format.setItemLabelGenerator(f -> getTranslation("debate.format." + f.word()));
        format.setValue(Format.FREE);
        format.addValueChangeListener(e -> {
            if (e.getValue() == Format.BRITISH_PARLIAMENTARY) sideCount.setValue(4);
            renameDefaults();
            showBpTheses();
        });
        sideCount.setId("debate-side-count");
        sideCount.setLabel(getTranslation("debate.setup.sides"));
        sideCount.setMin(2);
        sideCount.setMax(4);
        sideCount.setStepButtonsVisible(true);
        sideCount.setValue(2);
        sideCount.addValueChangeListener(e -> {
            showSides();
            showBpTheses();
        });
        rounds.setId("debate-rounds");
        rounds.setLabel(getTranslation("debate.setup.rounds"));
        rounds.setHelperText(getTranslation("debate.setup.zero.none"));
        movesPerTurn.setId("debate-moves-per-turn");
        movesPerTurn.setLabel(getTranslation("debate.setup.movesPerTurn"));
        movesPerTurn.setHelperText(getTranslation("debate.setup.zero.pass"));
        turnSeconds.setId("debate-turn-seconds");
        turnSeconds.setLabel(getTranslation("debate.setup.turnSeconds"));
        turnSeconds.setHelperText(getTranslation("debate.setup.zero.timer"));
        for (IntegerField f : List.of(rounds, movesPerTurn, turnSeconds)) {
            f.setMin(0);
            f.setValue(0);
        }
        debatersVote.setId("debate-debaters-vote");
        debatersVote.setLabel(getTranslation("debate.setup.debatersVote"));
        error.setId("debate-setup-error");
        error.getStyle().set("color", "#b3261e");
        error.setVisible(false);
        bpTheses.setId("debate-setup-bp-theses");
        bpTheses.setVisible(false);
        sides.setPadding(false);
        FormLayout basics = new FormLayout(title, map, format, sideCount, rounds, movesPerTurn, turnSeconds, debatersVote);
        basics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        basics.setColspan(title, 2);
        basics.setColspan(map, 2);
        add(basics, bpTheses, sides, error);
        open.setId("debate-open");
        open.setText(getTranslation("debate.setup.open"));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickListener(e -> openDebate());
        Button cancel = new Button(getTranslation("debate.setup.cancel"), e -> close());
        getFooter().add(cancel, open);
        showSides();
    }

    private void readClaims() {
        claims = List.of();
        defaults = List.of();
        analysis = null;
        if (map.getValue() != null) {
            try {
                analysis = workspace.analysis(map.getValue().id());
                // theses first, then the other claims: a side argues for a thesis, or a rival claim
                claims = analysis.map().claims().stream().filter(c -> c.kind() != ClaimKind.EVIDENCE)
                        .sorted(Comparator.comparing((Claim c) -> c.kind() != ClaimKind.THESIS).thenComparing(Claim::displayTitle))
                        .toList();
                defaults = RivalTheses.of(analysis);
            } catch (UnknownMapException | AccessDeniedException e) {
                claims = List.of();
                analysis = null;
            }
        }
        sideFields.forEach(s -> s.theses.setItems(claims));
        showBpTheses();
    }

    /** British Parliamentary with four teams: every team's theses, the defaults where left empty; empty when they must be chosen. */
    private Optional<List<List<String>>> bpDefaults() {
        if (analysis == null || sideFields.size() != 4) return Optional.empty();
        List<List<String>> chosen = sideFields.stream().map(s -> s.theses.getValue().stream().map(Claim::id).toList()).toList();
        return RivalTheses.britishParliamentary(analysis, chosen);
    }

    private boolean teamWithoutTheses() {
        return sideFields.stream().anyMatch(s -> s.theses.getValue().isEmpty());
    }

    private boolean britishParliamentary() {
        return format.getValue() == Format.BRITISH_PARLIAMENTARY;
    }

    /** Says plainly what the teams left without theses will defend, or that their theses must be chosen. */
    private void showBpTheses() {
        boolean shown = britishParliamentary() && analysis != null && sideFields.size() == 4 && teamWithoutTheses();
        bpTheses.setVisible(shown);
        if (!shown) return;
        var teams = bpDefaults();
        if (teams.isEmpty()) {
            bpTheses.setText(getTranslation("debate.setup.bp.choose"));
            bpTheses.getStyle().set("color", "#b3261e");
        } else {
            List<String> first = teams.get().stream().map(t -> "\u00ab" + title(t.getFirst()) + "\u00bb").toList();
            bpTheses.setText(getTranslation("debate.setup.bp.defaults", first.get(0), first.get(1), first.get(2), first.get(3)));
            bpTheses.getStyle().remove("color");
        }
    }

    private String title(String claimId) {
        return analysis.map().claim(claimId).map(Claim::displayTitle).orElse(claimId);
    }

    private void showSides() {
        int count = sideCount.getValue() == null ? 2 : Math.max(2, Math.min(4, sideCount.getValue()));
        while (sideFields.size() < count) {
            SideFields side = new SideFields(sideFields.size() + 1);
            sideFields.add(side);
            sides.add(side);
        }
        while (sideFields.size() > count) sides.remove(sideFields.removeLast());
    }

    private String defaultName(int number) {
        String family = format.getValue() == Format.BRITISH_PARLIAMENTARY ? "bp" : "plain";
        return getTranslation("debate.side.default." + family + "." + number);
    }

    /** Names the user left at a default follow the format. */
    private void renameDefaults() {
        for (int i = 0; i < sideFields.size(); i++) {
            TextField name = sideFields.get(i).name;
            for (String family : List.of("bp", "plain")) {
                if (name.getValue().equals(getTranslation("debate.side.default." + family + "." + (i + 1)))) name.setValue(defaultName(i + 1));
            }
        }
    }

    /**
     * The setup as the form says it, a thesis given to every side that has none (British
     * Parliamentary: by {@link RivalTheses#britishParliamentary}, which the caller checked gives them).
     */
    Setup setup() {
        List<List<String>> bp = britishParliamentary() ? bpDefaults().orElse(null) : null;
        Set<String> taken = new HashSet<>();
        sideFields.forEach(s -> s.theses.getValue().forEach(c -> taken.add(c.id())));
        List<Side> chosen = new ArrayList<>();
        for (int i = 0; i < sideFields.size(); i++) {
            SideFields s = sideFields.get(i);
            List<String> theses = new ArrayList<>(s.theses.getValue().stream().map(Claim::id).toList());
            if (bp != null) {
                theses = new ArrayList<>(bp.get(i));
            } else if (theses.isEmpty() && !britishParliamentary()) {
                defaults.stream().filter(taken::add).findFirst().ifPresent(theses::add);
            }
            String name = s.name.getValue().isBlank() ? defaultName(i + 1) : s.name.getValue().strip();
            chosen.add(new Side(name, theses, s.picked.logins()));
        }
        return new Setup(title.getValue(), format.getValue(), null, chosen, number(rounds), number(movesPerTurn), number(turnSeconds),
                debatersVote.getValue());
    }

    private static int number(IntegerField field) {
        return field.getValue() == null ? 0 : Math.max(0, field.getValue());
    }

    private void openDebate() {
        error.setVisible(false);
        if (title.getValue().isBlank() || map.getValue() == null) {
            fail(getTranslation("debate.setup.required"));
            return;
        }
        // never a team with a thesis unrelated to its bench: the theses are chosen instead
        if (britishParliamentary() && sideFields.size() == 4 && teamWithoutTheses() && bpDefaults().isEmpty()) {
            fail(getTranslation("debate.setup.bp.choose"));
            return;
        }
        try {
            long id = debates.open(map.getValue().id(), setup());
            close();
            opened.accept(id);
        } catch (IllegalArgumentException e) {
            // the engine and the service name what is wrong with the setup, or where the map does not read back
            fail(getTranslation("debate.setup.refused", SetupException.worded(e, getLocale(), debates.names())));
        } catch (AccessDeniedException | UnknownMapException e) {
            fail(getTranslation("debate.setup.denied"));
        } catch (RuntimeException e) {
            // never nothing at all, never a stack trace: the log keeps it
            log.warn("A debate on map '{}' could not be opened", map.getValue().id(), e);
            fail(getTranslation("debate.setup.failed"));
        }
    }

    private void fail(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
