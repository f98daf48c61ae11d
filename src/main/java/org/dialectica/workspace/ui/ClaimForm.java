package org.dialectica.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.Objects;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.dialectica.workspace.ClaimEdit;
import org.dialectica.workspace.ClaimField;
import org.dialectica.workspace.FieldLimits;
import org.dialectica.workspace.MergeConflictException;
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
 * field. An edit is saved as a merge with what was opened ({@link ClaimEdit}): the workspace keeps
 * the other person's changes to fields this person left alone; fields both changed come back as a
 * conflict, shown here side by side (theirs, yours) with a choice for each, and the form is then
 * based on their version, so the next save replaces only what was chosen.
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
    /** Said at once when someone else saves the claim while the form is open. */
    final Paragraph changedMeanwhile = new Paragraph();
    /** The fields both changed: theirs and yours side by side, with a choice for each. */
    final VerticalLayout conflicts = new VerticalLayout();
    final java.util.Map<ClaimField, RadioButtonGroup<Boolean>> choices = new java.util.EnumMap<>(ClaimField.class);
    /** The claim as the form was opened with it (after a conflict: as the other person left it), and its version. */
    private Claim editing;
    private long version;
    private final Supplier<Set<String>> takenIds;
    private final Function<Claim, String> onSave;
    private final Function<ClaimEdit, String> onEdit;
    private final java.util.function.Predicate<Claim> titleTaken;
    /** The title the person said to save although another claim has it. */
    private String titleConfirmed;
    /** Asks before a save gives the claim the title of another (the last asked; for tests). */
    ConfirmDialog duplicateTitle;

    /**
     * @param onSave saves a new claim; answers null, or why it was refused
     * @param onEdit saves an edit; answers null, or why it was refused; throws a merge conflict to be decided here
     * @param titleTaken whether another claim of the map has this claim's title
     */
    private ClaimForm(Claim editing, long version, Supplier<Set<String>> takenIds, Function<Claim, String> onSave,
            Function<ClaimEdit, String> onEdit, java.util.function.Predicate<Claim> titleTaken) {
        this.titleTaken = titleTaken;
        this.editing = editing;
        this.version = version;
        this.takenIds = takenIds;
        this.onSave = onSave;
        this.onEdit = onEdit;
        setHeaderTitle(getTranslation(editing == null ? "claim.new" : "claim.edit"));
        setId("claim-form");
        title.setId("claim-title");
        text.setId("claim-text");
        save.setId("claim-save");
        tags.setId("claim-tags");
        kind.setId("claim-kind");
        original.setId("claim-original");
        language.setId("claim-language");
        paper.setId("claim-paper");
        locator.setId("claim-locator");
        quote.setId("claim-quote");
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
        changedMeanwhile.setId("claim-changed");
        changedMeanwhile.getStyle().set("white-space", "pre-line").set("font-weight", "600");
        changedMeanwhile.setVisible(false);
        conflicts.setId("claim-conflicts");
        conflicts.setPadding(false);
        conflicts.setVisible(false);

        FormLayout form = new FormLayout(title, kind, text, original, language, paper, locator, quote, actors, tags,
                subject, dimension, direction, from, to);
        form.setColspan(text, 2);
        form.setColspan(original, 2);
        form.setColspan(quote, 2);
        add(changedMeanwhile, refusal, conflicts, form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("48em");
    }

    static ClaimForm create(Supplier<Set<String>> takenIds, java.util.function.Predicate<Claim> titleTaken, Function<Claim, String> onSave) {
        return new ClaimForm(null, 0, takenIds, onSave, null, titleTaken);
    }

    /** @param version the stored version of the claim as the form shows it */
    static ClaimForm edit(Claim claim, long version, java.util.function.Predicate<Claim> titleTaken, Function<ClaimEdit, String> onEdit) {
        return new ClaimForm(claim, version, Set::of, null, onEdit, titleTaken);
    }

    /**
     * A new claim quoting a source (from the reading pane): its paper, locator and quote, the quote
     * as the original text in the source's language; the English text is the quote when the source
     * is English, else left for the person to write.
     */
    void quoting(Source source, String sourceLanguage) {
        paper.setValue(nz(source.paper()));
        locator.setValue(nz(source.locator()));
        quote.setValue(nz(source.quote()));
        original.setValue(nz(source.quote()));
        language.setValue(nz(sourceLanguage));
        if ("en".equals(sourceLanguage)) {
            text.setValue(nz(source.quote()));
        } else {
            text.clear();
            text.setHelperText(getTranslation("claim.text.english"));
        }
    }

    /** The id of the claim being edited, or null for a new one. */
    String claimId() {
        return editing == null ? null : editing.id();
    }

    /**
     * Someone else saved the claim while the form is open: says at once which fields they changed
     * and that the save will keep them unless this person changed the same ones.
     */
    void changedMeanwhile(Claim theirs, long theirVersion) {
        if (editing == null || theirVersion == version) return;
        List<String> fields = new ArrayList<>();
        for (ClaimField f : ClaimField.values()) {
            if (!Objects.equals(f.of(editing), f.of(theirs))) fields.add(label(f));
        }
        if (fields.isEmpty()) return;
        changedMeanwhile.setText(getTranslation("claim.merge.meanwhile", String.join(", ", fields)));
        changedMeanwhile.setVisible(true);
    }

    /** Both changed these fields: shows theirs and yours side by side; the form is now based on their version. */
    void conflict(MergeConflictException e) {
        editing = e.theirs();
        version = e.version();
        changedMeanwhile.setVisible(false);
        // the fields only they changed show their values; the conflicting ones keep this person's until chosen
        for (ClaimField f : ClaimField.values()) if (!e.conflicts().contains(f)) show(f, e.merged());
        conflicts.removeAll();
        choices.clear();
        String who = e.theirAuthor() == null ? getTranslation("claim.merge.someone") : e.theirAuthor();
        conflicts.add(new Paragraph(getTranslation("claim.merge.conflict", who)));
        for (ClaimField f : e.conflicts()) {
            String name = f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            TextArea theirs = shown("conflict-theirs-" + name, getTranslation("claim.merge.theirs", who), display(f, e.theirs()));
            TextArea yours = shown("conflict-yours-" + name, getTranslation("claim.merge.yours"), display(f, e.merged()));
            RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>(label(f));
            choice.setId("conflict-choice-" + name);
            choice.setItems(false, true);
            choice.setItemLabelGenerator(mine -> getTranslation(mine ? "claim.merge.keep.yours" : "claim.merge.keep.theirs"));
            Claim mine = e.merged();
            choice.addValueChangeListener(v -> {
                if (v.getValue() != null) show(f, v.getValue() ? mine : e.theirs());
            });
            choices.put(f, choice);
            HorizontalLayout sides = new HorizontalLayout(theirs, yours);
            sides.setWidthFull();
            conflicts.add(choice, sides);
        }
        conflicts.setVisible(true);
        refusal.setVisible(false);
    }

    private static TextArea shown(String id, String label, String value) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setValue(value);
        area.setReadOnly(true);
        area.setWidth("50%");
        return area;
    }

    /** A field's value as the conflict shows it. */
    private String display(ClaimField f, Claim c) {
        Object value = f.of(c);
        return switch (value) {
            case null -> "";
            case List<?> items -> items.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            case ClaimKind k -> Sentence.word(k).text(getLocale());
            case Proposition p -> p.subject() + " · " + p.dimension() + " · " + p.direction()
                    + (p.span().from() == null && p.span().to() == null ? "" : " · " + nz(Objects.toString(p.span().from(), "")) + "–" + Objects.toString(p.span().to(), ""));
            default -> value.toString();
        };
    }

    /** The name of a field in the reader's language. */
    String label(ClaimField f) {
        return getTranslation(key(f));
    }

    /** The message key naming a field. */
    static String key(ClaimField f) {
        return switch (f) {
            case TITLE -> "claim.title";
            case TEXT -> "claim.text";
            case ORIGINAL -> "claim.original";
            case LANGUAGE -> "claim.language";
            case KIND -> "claim.kind";
            case PAPER -> "claim.paper";
            case LOCATOR -> "claim.locator";
            case QUOTE -> "claim.quote";
            case ACTORS -> "claim.actors";
            case TAGS -> "claim.tags";
            case PROPOSITION -> "claim.proposition";
            case ASSERTED_BY -> "claim.field.asserted";
            case WEIGHT -> "claim.field.weight";
            case PREFERRED_OVER -> "claim.field.preferred";
        };
    }

    /** Puts one field of a claim into the form's fields (those it has; the rest travel with the claim edited). */
    private void show(ClaimField f, Claim c) {
        switch (f) {
            case TITLE -> title.setValue(c.displayTitle());
            case TEXT -> text.setValue(c.text());
            case ORIGINAL -> original.setValue(nz(c.originalText()));
            case LANGUAGE -> language.setValue(nz(c.language()));
            case KIND -> kind.setValue(c.kind());
            case PAPER -> paper.setValue(nz(c.source() == null ? null : c.source().paper()));
            case LOCATOR -> locator.setValue(nz(c.source() == null ? null : c.source().locator()));
            case QUOTE -> quote.setValue(nz(c.source() == null ? null : c.source().quote()));
            case ACTORS -> actors.setValue(String.join(", ", c.actors()));
            case TAGS -> tags.setValue(String.join(", ", c.tags()));
            case PROPOSITION -> {
                Proposition p = c.proposition();
                subject.setValue(p == null ? "" : p.subject());
                dimension.setValue(p == null ? "" : p.dimension());
                direction.setValue(p == null ? "" : p.direction());
                from.setValue(p == null ? null : p.span().from());
                to.setValue(p == null ? null : p.span().to());
            }
            case ASSERTED_BY, WEIGHT, PREFERRED_OVER -> { } // not on the form: taken from the claim edited
        }
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
        if (choices.values().stream().anyMatch(c -> c.getValue() == null)) {
            refusal.setText(getTranslation("claim.merge.choose"));
            refusal.setVisible(true);
            return;
        }
        // a title another claim has: asked once per title typed; a claim keeping its own title is not asked
        String typed = claim.displayTitle().strip();
        boolean newTitle = editing == null || !editing.displayTitle().strip().equalsIgnoreCase(typed);
        if (newTitle && !typed.equals(titleConfirmed) && titleTaken.test(claim)) {
            askAboutTitle(typed);
            return;
        }
        String refused;
        if (onEdit == null) {
            refused = onSave.apply(claim);
        } else {
            Set<ClaimField> replacing = java.util.EnumSet.noneOf(ClaimField.class);
            choices.forEach((f, c) -> {
                if (c.getValue()) replacing.add(f);
            });
            try {
                refused = onEdit.apply(new ClaimEdit(editing, version, claim, replacing));
            } catch (MergeConflictException e) {
                conflict(e);
                return;
            }
        }
        if (refused == null) {
            close();
        } else {
            refusal.setText(refused);
            refusal.setVisible(true);
        }
    }

    private void askAboutTitle(String typed) {
        duplicateTitle = new ConfirmDialog();
        duplicateTitle.setId("claim-duplicate-title");
        duplicateTitle.setHeader(getTranslation("claim.duplicate.header"));
        duplicateTitle.setText(getTranslation("claim.duplicate.title", typed));
        duplicateTitle.setCancelable(true);
        duplicateTitle.setCancelText(getTranslation("common.cancel"));
        duplicateTitle.setConfirmText(getTranslation("claim.duplicate.save"));
        duplicateTitle.addConfirmListener(e -> {
            e.getSource().close(); // the browser closes it too; said here so the form is usable at once
            titleConfirmed = typed;
            save();
        });
        duplicateTitle.open();
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
