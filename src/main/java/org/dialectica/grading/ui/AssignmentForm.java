package org.dialectica.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongConsumer;
import org.dialectica.grading.Assignments;
import org.dialectica.papers.Papers;
import org.dialectica.people.Classes;
import org.dialectica.workspace.MapSummary;

/**
 * A new assignment: a title and a class are all it needs; due in a week, the default rubric, an empty
 * starter. The reference is the answer key (hidden from the class); the starter is what students copy.
 */
class AssignmentForm extends Dialog {
    final TextField title = new TextField();
    final ComboBox<Classes.SchoolClass> schoolClass = new ComboBox<>();
    final DateTimePicker due = new DateTimePicker();
    final TextArea instructions = new TextArea();
    final ComboBox<MapSummary> reference = new ComboBox<>();
    final TextField sources = new TextField();
    final MultiSelectComboBox<Papers.Listed> papers = new MultiSelectComboBox<>();
    final StarterField starter;
    final Button create = new Button();

    AssignmentForm(Assignments assignments, LongConsumer created) {
        setHeaderTitle(getTranslation("grading.form.heading"));
        title.setLabel(getTranslation("grading.form.title"));
        title.setRequired(true);
        title.setMaxLength(Assignments.MAX_TITLE);
        title.setId("assignment-title");
        schoolClass.setLabel(getTranslation("grading.form.class"));
        schoolClass.setItemLabelGenerator(Classes.SchoolClass::name);
        schoolClass.setId("assignment-class");
        List<Classes.SchoolClass> mine = assignments.classesToTeach();
        schoolClass.setItems(mine);
        if (mine.size() == 1) schoolClass.setValue(mine.getFirst());
        due.setLabel(getTranslation("grading.form.due"));
        due.setValue(LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS));
        due.setId("assignment-due");
        instructions.setLabel(getTranslation("grading.form.instructions"));
        instructions.setMaxLength(Assignments.MAX_TEXT);
        instructions.setId("assignment-instructions");
        reference.setLabel(getTranslation("grading.form.reference"));
        reference.setItemLabelGenerator(MapSummary::title);
        reference.setItems(assignments.referenceCandidates());
        reference.setClearButtonVisible(true);
        reference.setId("assignment-reference");
        reference.setHelperText(getTranslation("grading.form.referenceHidden"));
        sources.setLabel(getTranslation("grading.form.sources"));
        sources.setId("assignment-sources");
        papers.setLabel(getTranslation("grading.form.papers"));
        papers.setItemLabelGenerator(AssignmentForm::paperLabel);
        papers.setItems(assignments.allPapers());
        papers.setId("assignment-papers");
        starter = new StarterField(assignments, false);
        reference.addValueChangeListener(e -> starter.referencePicked(e.getValue() != null));
        FormLayout form = new FormLayout(title, schoolClass, due, reference, starter, instructions, papers, sources);
        form.setColspan(instructions, 2);
        form.setColspan(papers, 2);
        form.setColspan(starter, 2);
        add(form);
        if (mine.isEmpty()) add(new Paragraph(getTranslation("grading.form.noClass")));
        create.setText(getTranslation("grading.form.create"));
        create.setId("assignment-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            long[] id = new long[1];
            if (schoolClass.getValue() == null) {
                schoolClass.setInvalid(true);
                return;
            }
            if (Pages.act(this, () -> id[0] = assignments.create(title.getValue(), instructions.getValue(), schoolClass.getValue().id(),
                    due.getValue() == null ? null : due.getValue().atZone(ZoneId.systemDefault()).toInstant(),
                    reference.getValue() == null ? null : reference.getValue().id(), sources.getValue(), starter.kind(), starter.mapId()))
                    && (papers.getValue().isEmpty() || Pages.act(this, () -> assignments.setPapers(id[0], chosen())))) {
                close();
                created.accept(id[0]);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), create);
        setWidth("720px");
    }

    /** The papers picked, in the order the list shows them. */
    private List<String> chosen() {
        return papers.getValue().stream().map(Papers.Listed::id).sorted().toList();
    }

    /** A paper as a teacher picks it: its title, and the file name claims cite it by. */
    static String paperLabel(Papers.Listed paper) {
        return paper.title().equals(paper.id()) ? paper.id() : paper.title() + " (" + paper.id() + ")";
    }
}
