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
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dialectica.map.Claim;
import org.dialectica.map.ClaimKind;
import org.dialectica.map.Proposition;
import org.dialectica.map.Source;
import org.dialectica.map.Text;
import org.dialectica.map.TimeSpan;
import org.dialectica.reasoning.Sentence;

/**
 * The form for a claim: its texts, source and proposition descriptor. Keyboard reachable like any
 * Vaadin form; it validates what the model would refuse and says so next to the field.
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
    private final Claim editing;
    private final Supplier<Set<String>> takenIds;
    private final Consumer<Claim> onSave;

    private ClaimForm(Claim editing, Supplier<Set<String>> takenIds, Consumer<Claim> onSave) {
        this.editing = editing;
        this.takenIds = takenIds;
        this.onSave = onSave;
        setHeaderTitle(getTranslation(editing == null ? "claim.new" : "claim.edit"));
        setId("claim-form");
        title.setId("claim-title");
        text.setId("claim-text");
        save.setId("claim-save");
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

        FormLayout form = new FormLayout(title, kind, text, original, language, paper, locator, quote, actors, tags,
                subject, dimension, direction, from, to);
        form.setColspan(text, 2);
        form.setColspan(original, 2);
        form.setColspan(quote, 2);
        add(form);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("48em");
    }

    static ClaimForm create(Supplier<Set<String>> takenIds, Consumer<Claim> onSave) {
        return new ClaimForm(null, takenIds, onSave);
    }

    static ClaimForm edit(Claim claim, Consumer<Claim> onSave) {
        return new ClaimForm(claim, Set::of, onSave);
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
        close();
        onSave.accept(claim);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
