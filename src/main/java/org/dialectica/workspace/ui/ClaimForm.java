package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.Objects;
import org.dialectica.workspace.FieldLimits;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Text;
import org.dialectica.map.TimeSpan;
import org.dialectica.reasoning.Sentence;

/**
 * The form for a claim: its texts, source and proposition descriptor. Keyboard reachable like any
 * Vaadin form; it validates what the model and the database would refuse and says so next to the
 * field. A save the workspace refuses (someone else changed the claim meanwhile) keeps the form
 * open with the user's text and says what the other person changed.
 */
class ClaimForm extends Dialog {
    final TextField title = new TextField();
    final TextArea text = new TextArea();
    final TextArea original = new TextArea();
    final TextField language = new TextField();
    final Select<ClaimKind> kind = new Select<>();
    final TextField paper = new TextField();
    final TextField locator = new TextField();
    final TextArea quote = new TextArea();
    final TextField actors = new TextField();
    final TextField tags = new TextField();
    final TextField subject = new TextField();
    final TextField dimension = new TextField();
    final TextField direction = new TextField();
    final IntegerField from = new IntegerField();
    final IntegerField to = new IntegerField();
    final Button save = new Button();
    final Paragraph refusal = new Paragraph();
    private final Claim editing;
    private final Supplier<Set<String>> takenIds;
    private final Function<Claim, String> onSave;

    /** @param onSave saves the claim; answers null, or why it was refused */
    private ClaimForm(Claim editing, Supplier<Set<String>> takenIds, Function<Claim, String> onSave) {
        this.editing = editing;
        this.takenIds = takenIds;
        this.onSave = onSave;
        setHeaderTitle(getTranslation(editing == null ? "claim.new" : "claim.edit"));
        setId("claim-form");
        title.setId("claim-title");
        text.setId("claim-text");
        save.setId("claim-save");
        tags.setId("claim-tags");
        kind.setItems(ClaimKind.values());
        kind.setItemLabelGenerator(k -> Sentence.word(k).text(getLocale()));
        kind.setValue(ClaimKind.CLAIM);
        title.setLabel(getTranslation("claim.title"));
        text.setLabel(getTranslation("claim.text"));
        original.setLabel(getTranslation("claim.original"));
        language.setLabel(getTranslation("claim.language"));
        kind.setLabel(getTranslation("claim.kind"));
        paper.setLabel(getTranslation("claim.paper"));
        locator.setLabel(getTranslation("claim.locator"));
        quote.setLabel(getTranslation("claim.quote"));
        actors.setLabel(getTranslation("claim.actors"));
        tags.setLabel(getTranslation("claim.tags"));
        subject.setLabel(getTranslation("claim.subject"));
        dimension.setLabel(getTranslation("claim.dimension"));
        direction.setLabel(getTranslation("claim.direction"));
        from.setLabel(getTranslation("claim.from"));
        to.setLabel(getTranslation("claim.to"));
        title.setRequired(true);
        text.setRequired(true);
        if (editing != null) fill(editing);
        limit(title, FieldLimits.MEDIUM);
        limit(text, FieldLimits.LONG);
        limit(original, FieldLimits.LONG);
        limit(language, FieldLimits.LANGUAGE);
        limit(paper, FieldLimits.MEDIUM);
        limit(locator, FieldLimits.MEDIUM);
        limit(quote, FieldLimits.LONG);
        limit(actors, FieldLimits.LISTS);
        limit(tags, FieldLimits.LISTS);
        limit(subject, FieldLimits.SHORT);
        limit(dimension, FieldLimits.SHORT);
        limit(direction, FieldLimits.SHORT);
        refusal.setId("claim-refusal");
        refusal.getStyle().set("color", "var(--vaadin-error-color, #b00020)").set("white-space", "pre-line");
        refusal.setVisible(false);

        FormLayout form = new FormLayout(title, kind, text, original, language, paper, locator, quote, actors, tags,
                subject, dimension, direction, from, to);
        form.setColspan(text, 2);
        form.setColspan(original, 2);
        form.setColspan(quote, 2);
        add(refusal, form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("48em");
    }

    static ClaimForm create(Supplier<Set<String>> takenIds, Function<Claim, String> onSave) {
        return new ClaimForm(null, takenIds, onSave);
    }

    static ClaimForm edit(Claim claim, Function<Claim, String> onSave) {
        return new ClaimForm(claim, Set::of, onSave);
    }

    private final java.util.Map<com.vaadin.flow.component.HasValueAndElement<?, String>, Integer> limits = new java.util.LinkedHashMap<>();

    /** The database's column size: the browser stops typing there, and the server checks it again on save. */
    private void limit(TextField field, int max) {
        field.setMaxLength(max);
        limits.put(field, max);
    }

    private void limit(TextArea field, int max) {
        field.setMaxLength(max);
        limits.put(field, max);
    }

    /**
     * The fields that differ between two versions of a claim, one per line ("Text: …"), as the
     * other version has them: what someone else changed.
     */
    static String differences(Claim mine, Claim theirs, BiFunction<String, Object[], String> translate) {
        List<String> lines = new ArrayList<>();
        differs(lines, translate, "claim.title", mine.displayTitle(), theirs.displayTitle());
        differs(lines, translate, "claim.text", mine.text(), theirs.text());
        differs(lines, translate, "claim.original", mine.originalText(), theirs.originalText());
        differs(lines, translate, "claim.kind", mine.kind().word(), theirs.kind().word());
        differs(lines, translate, "claim.source", Objects.toString(mine.source(), ""), Objects.toString(theirs.source(), ""));
        differs(lines, translate, "claim.actors", String.join(", ", mine.actors()), String.join(", ", theirs.actors()));
        differs(lines, translate, "claim.tags", String.join(", ", mine.tags()), String.join(", ", theirs.tags()));
        differs(lines, translate, "claim.proposition", Objects.toString(mine.proposition(), ""), Objects.toString(theirs.proposition(), ""));
        return String.join("\n", lines);
    }

    private static void differs(List<String> lines, BiFunction<String, Object[], String> translate, String key, String mine, String theirs) {
        if (!Objects.equals(nz(mine), nz(theirs))) {
            String shown = nz(theirs).length() > 300 ? nz(theirs).substring(0, 299) + "…" : nz(theirs);
            lines.add(translate.apply(key, new Object[0]) + ": " + shown);
        }
    }

    private void fill(Claim c) {
        title.setValue(c.displayTitle());
        text.setValue(c.text());
        original.setValue(nz(c.originalText()));
        language.setValue(nz(c.language()));
        kind.setValue(c.kind());
        if (c.source() != null) {
            paper.setValue(nz(c.source().paper()));
            locator.setValue(nz(c.source().locator()));
            quote.setValue(nz(c.source().quote()));
        }
        actors.setValue(String.join(", ", c.actors()));
        tags.setValue(String.join(", ", c.tags()));
        if (c.proposition() != null) {
            subject.setValue(c.proposition().subject());
            dimension.setValue(c.proposition().dimension());
            direction.setValue(c.proposition().direction());
            from.setValue(c.proposition().span().from());
            to.setValue(c.proposition().span().to());
        }
    }

    /** Builds the claim, or marks the fields that stop it. */
    Claim toClaim() {
        boolean ok = true;
        // a descriptor is optional, but once its subject is given it needs a dimension and a direction
        List<TextField> required = new java.util.ArrayList<>(List.of(title));
        if (!subject.isEmpty()) required.addAll(List.of(dimension, direction));
        for (TextField field : required) {
            if (field.isEmpty()) {
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("form.required"));
                ok = false;
            }
        }
        if (text.isEmpty()) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("form.required"));
            ok = false;
        }
        for (var limit : limits.entrySet()) {
            int length = limit.getKey().getValue().length();
            if (length > limit.getValue() && limit.getKey() instanceof com.vaadin.flow.component.HasValidation field) {
                field.setInvalid(true);
                field.setErrorMessage(getTranslation("form.too.long", length, limit.getValue()));
                ok = false;
            }
        }
        if (from.getValue() != null && to.getValue() != null && to.getValue() < from.getValue()) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("form.years"));
            ok = false;
        }
        if (!ok) return null;
        String id = editing != null ? editing.id() : freshId(title.getValue());
        Proposition proposition = subject.isEmpty() ? null
                : new Proposition(subject.getValue(), dimension.getValue(), direction.getValue(), new TimeSpan(from.getValue(), to.getValue()));
        return new Claim(id, title.getValue(), text.getValue(), original.getValue(), language.getValue(), kind.getValue(),
                list(actors.getValue()), list(tags.getValue()), new Source(paper.getValue(), locator.getValue(), quote.getValue()),
                proposition, editing == null ? null : editing.assertedBy(),
                // not edited here: a ruling is a moderator's act, and stays as the map has it
                editing == null ? null : editing.weight(), editing == null ? null : editing.preferredOver());
    }

    private String freshId(String fromTitle) {
        String base = Text.slug(fromTitle);
        if (base == null) base = "claim";
        Set<String> taken = takenIds.get();
        String id = base;
        for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
        return id;
    }

    private void save() {
        Claim claim = toClaim();
        if (claim == null) return;
        String refused = onSave.apply(claim);
        if (refused == null) {
            close();
        } else {
            refusal.setText(refused);
            refusal.setVisible(true);
        }
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
