package org.dialectica.debate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.dialectica.debate.Move;
import org.dialectica.debate.MoveType;
import org.dialectica.map.ArgumentMap;
import org.dialectica.map.Claim;
import org.dialectica.map.Support;

/**
 * The move form: only the moves the person may make now, and for the chosen one only the fields it
 * needs, claims picked by title. Who moves and for which side the server decides.
 */
final class MovePanel extends VerticalLayout {
    final H4 heading = new H4();
    final Select<MoveType> type = new Select<>();
    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final Select<String> kind = new Select<>();
    final TextField source = new TextField();
    final ComboBox<Claim> from = claims("move-from");
    final ComboBox<Claim> to = claims("move-to");
    final ComboBox<Claim> target = claims("move-target");
    final ComboBox<Claim> claim = claims("move-claim");
    final ComboBox<Claim> preferred = claims("move-preferred");
    final ComboBox<Claim> over = claims("move-over");
    final ComboBox<Support> support = new ComboBox<>();
    final NumberField value = new NumberField();
    /** British Parliamentary: offered as a point of information in another team's speech */
    final Checkbox poi = new Checkbox();
    private boolean pointsOfInformation;
    final Button play = new Button();
    /** why the last move was not played at all (too long, a hidden character), until the next */
    final Paragraph error = new Paragraph();
    private List<Claim> known = List.of();
    private List<MoveType> offeredNow;
    private final java.util.Map<ComboBox<Claim>, List<Claim>> filled = new java.util.HashMap<>();
    private List<Support> supportsNow;

    MovePanel(Consumer<Move> onPlay) {
        setId("move-form");
        setPadding(false);
        setSpacing(false);
        heading.getStyle().set("margin", "0.8em 0 0.2em");
        type.setId("move-type");
        type.addValueChangeListener(e -> showFields());
        title.setId("move-title");
        text.setId("move-text");
        kind.setId("move-kind");
        kind.setItems("claim", "evidence");
        kind.setValue("claim");
        source.setId("move-source");
        support.setId("move-support");
        value.setId("move-value");
        value.setMin(0);
        value.setMax(1);
        value.setStep(0.05);
        value.setValue(0.5);
        poi.setId("move-poi");
        play.setId("play-move");
        play.addThemeVariants(ButtonVariant.PRIMARY);
        play.addClickListener(e -> {
            if (type.getValue() != null) onPlay.accept(move());
        });
        error.setId("move-error");
        error.getStyle().set("margin", "0.2em 0").set("color", "#b3261e");
        error.setVisible(false);
        add(heading, type, title, text, kind, source, from, to, target, support, claim, preferred, over, value, poi, play, error);
        getChildren().filter(c -> c != heading && c != play && c != poi && c != error)
                .forEach(c -> ((com.vaadin.flow.component.HasSize) c).setWidthFull());
        showFields();
    }

    private static ComboBox<Claim> claims(String id) {
        ComboBox<Claim> box = new ComboBox<>();
        box.setId(id);
        box.setItemLabelGenerator(Claim::displayTitle);
        box.setClearButtonVisible(true);
        return box;
    }

    /**
     * The moves on offer and the claims of the debate's map as it is now; what is typed stays.
     *
     * @param pointsOfInformation whether the format has them (British Parliamentary)
     */
    void offer(Set<MoveType> moves, ArgumentMap map, boolean pointsOfInformation) {
        this.pointsOfInformation = pointsOfInformation;
        List<MoveType> offered = new ArrayList<>(moves);
        offered.sort(Comparator.naturalOrder());
        // lists are filled again only when what they list changed: sixty pages did it for every move
        if (!offered.equals(offeredNow)) {
            offeredNow = offered;
            MoveType chosen = type.getValue();
            type.setItems(offered);
            type.setValue(offered.contains(chosen) ? chosen : offered.isEmpty() ? null : offered.getFirst());
        }
        setVisible(!offered.isEmpty());
        // the audience is offered nothing: a hidden form's lists wait until it is shown
        if (offered.isEmpty()) return;
        List<Claim> claims = map.claims().stream().sorted(Comparator.comparing(Claim::displayTitle, String.CASE_INSENSITIVE_ORDER)).toList();
        known = claims;
        fillShownLists();
        List<Support> supports = List.copyOf(map.supports());
        if (!supports.equals(supportsNow)) {
            supportsNow = supports;
            Support keptSupport = support.getValue();
            support.setItems(supports);
            support.setItemLabelGenerator(s -> titleOf(s.from()) + " \u2192 " + titleOf(s.to()));
            support.setValue(keptSupport != null && supports.contains(keptSupport) ? keptSupport : null);
        }
    }

    private String titleOf(String claimId) {
        return known.stream().filter(c -> c.id().equals(claimId)).map(Claim::displayTitle).findFirst().orElse(claimId);
    }

    /** The move as the form says it; the server fills in who and which side. */
    Move move() {
        Move move = Move.of(null, null, type.getValue()).poi(poi.isVisible() && poi.getValue());
        return switch (type.getValue()) {
            case CLAIM -> move.title(blankToNull(title.getValue())).text(text.getValue()).kind(kind.getValue())
                    .source(blankToNull(source.getValue())).to(id(to)).target(id(target));
            case SUPPORT -> move.from(id(from)).to(id(to));
            case ATTACK -> move.from(id(from)).target(id(target));
            // the attacker, and the support it undercuts ("premise +> conclusion")
            case UNDERCUT -> move.from(id(from)).target(support.getValue() == null ? null : support.getValue().id());
            case CHALLENGE, CONCEDE, RETRACT -> move.claim(id(claim));
            case VOTE -> move.claim(id(claim)).value(value.getValue());
            case PREFER -> move.preferred(id(preferred)).over(id(over));
            case PASS, CLOSE, TIMEOUT -> move;
        };
    }

    /**
     * A claim picked on the canvas fills the form's first empty claim field (not a new claim's
     * optional ones: whether it supports or attacks is for the debater to say).
     */
    void pick(String claimId) {
        Claim picked = known.stream().filter(c -> c.id().equals(claimId)).findFirst().orElse(null);
        if (picked == null || type.getValue() == null || type.getValue() == MoveType.CLAIM) return;
        for (ComboBox<Claim> box : List.of(from, to, target, claim, preferred, over)) {
            if (box.isVisible() && box.getValue() == null) {
                box.setValue(picked);
                return;
            }
        }
    }

    /** Says why the move was not played, under the form (null: nothing to say). */
    void refused(String why) {
        error.setText(why == null ? "" : why);
        error.setVisible(why != null);
    }

    /** After an accepted move: an empty form for the next. */
    void clear() {
        title.clear();
        text.clear();
        source.clear();
        for (ComboBox<Claim> box : List.of(from, to, target, claim, preferred, over)) box.clear();
        support.clear();
        poi.clear();
    }

    private static String id(ComboBox<Claim> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The claim lists the form shows hold the claims as they are now; hidden ones are filled when shown. */
    private void fillShownLists() {
        for (ComboBox<Claim> box : List.of(from, to, target, claim, preferred, over)) {
            if (!box.isVisible() || known.equals(filled.get(box))) continue;
            filled.put(box, known);
            String kept = box.getValue() == null ? null : box.getValue().id();
            box.setItems(known);
            box.setValue(kept == null ? null : known.stream().filter(c -> c.id().equals(kept)).findFirst().orElse(null));
        }
    }

    private void showFields() {
        MoveType chosen = type.getValue();
        title.setVisible(chosen == MoveType.CLAIM);
        text.setVisible(chosen == MoveType.CLAIM);
        kind.setVisible(chosen == MoveType.CLAIM);
        source.setVisible(chosen == MoveType.CLAIM);
        from.setVisible(chosen == MoveType.SUPPORT || chosen == MoveType.ATTACK || chosen == MoveType.UNDERCUT);
        to.setVisible(chosen == MoveType.CLAIM || chosen == MoveType.SUPPORT);
        target.setVisible(chosen == MoveType.CLAIM || chosen == MoveType.ATTACK);
        support.setVisible(chosen == MoveType.UNDERCUT);
        claim.setVisible(chosen == MoveType.CHALLENGE || chosen == MoveType.CONCEDE || chosen == MoveType.RETRACT || chosen == MoveType.VOTE);
        value.setVisible(chosen == MoveType.VOTE);
        preferred.setVisible(chosen == MoveType.PREFER);
        poi.setVisible(pointsOfInformation && (chosen == MoveType.CLAIM || chosen == MoveType.ATTACK || chosen == MoveType.CHALLENGE));
        over.setVisible(chosen == MoveType.PREFER);
        fillShownLists();
        if (chosen == null) return;
        // the same field reads differently by move: "supports (optional)" for a new claim, "supported claim" for a support
        boolean newClaim = chosen == MoveType.CLAIM;
        to.setLabel(getTranslation(newClaim ? "debate.field.supports" : "debate.field.to"));
        target.setLabel(getTranslation(newClaim ? "debate.field.attacks" : "debate.field.target"));
        from.setLabel(getTranslation(chosen == MoveType.UNDERCUT ? "debate.field.undercutter" : "debate.field.from"));
    }

    /** Labels in the reader's language; called by the page on every language change. */
    void localize() {
        heading.setText(getTranslation("debate.move.heading"));
        type.setLabel(getTranslation("debate.field.type"));
        type.setItemLabelGenerator(t -> getTranslation("debate.type." + t.word()));
        title.setLabel(getTranslation("debate.field.title"));
        text.setLabel(getTranslation("debate.field.text"));
        kind.setLabel(getTranslation("debate.field.kind"));
        kind.setItemLabelGenerator(k -> getTranslation("debate.kind." + k));
        source.setLabel(getTranslation("debate.field.source"));
        support.setLabel(getTranslation("debate.field.support"));
        claim.setLabel(getTranslation("debate.field.claim"));
        preferred.setLabel(getTranslation("debate.field.preferred"));
        over.setLabel(getTranslation("debate.field.over"));
        value.setLabel(getTranslation("debate.field.value"));
        poi.setLabel(getTranslation("debate.field.poi"));
        play.setText(getTranslation("debate.play"));
        showFields();
    }
}
