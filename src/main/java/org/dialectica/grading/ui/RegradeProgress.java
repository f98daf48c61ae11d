package org.dialectica.grading.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.dialectica.grading.Assignments;
import org.dialectica.grading.Regrades;

/**
 * How far the class's regrading is: a bar while it runs (the page is asked every half second and stays
 * usable), then how many were graded and whose points were dropped because their criterion is gone.
 */
class RegradeProgress extends Div {
    private final Assignments assignments;
    private final long assignmentId;
    private final Runnable finished;
    final ProgressBar bar = new ProgressBar();
    final Paragraph said = new Paragraph();
    final UnorderedList dropped = new UnorderedList();
    private Registration polling;

    RegradeProgress(Assignments assignments, long assignmentId, Runnable finished) {
        this.assignments = assignments;
        this.assignmentId = assignmentId;
        this.finished = finished;
        setId("regrade-progress");
        said.setId("regrade-state");
        dropped.setId("regrade-dropped");
        bar.setWidth("24em");
        add(bar, said, dropped);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        follow();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stop(event.getUI());
    }

    /** Shows the latest run; while it runs, asks again until it is over. */
    void follow() {
        Optional<Regrades.Progress> p = assignments.regrading(assignmentId);
        if (p.isEmpty()) {
            setVisible(false);
            return;
        }
        show(p.get());
        if (!p.get().finished()) getUI().ifPresent(this::poll);
    }

    private void poll(UI ui) {
        if (polling != null) return;
        ui.setPollInterval(500);
        polling = ui.addPollListener(e -> {
            Regrades.Progress p = assignments.regrading(assignmentId).orElse(null);
            if (p == null) return;
            show(p);
            if (p.finished()) {
                stop(ui);
                finished.run();
            }
        });
    }

    private void stop(UI ui) {
        if (polling == null) return;
        polling.remove();
        polling = null;
        ui.setPollInterval(-1);
    }

    private void show(Regrades.Progress p) {
        setVisible(true);
        bar.setVisible(!p.finished());
        bar.setMax(Math.max(1, p.total()));
        bar.setValue(Math.min(p.done(), Math.max(1, p.total())));
        said.setText(p.finished() ? getTranslation("grading.regrade.done", p.total(), p.version())
                : getTranslation("grading.regrade.running", p.done(), p.total(), p.version()));
        dropped.removeAll();
        p.dropped().forEach(d -> dropped.add(new ListItem(getTranslation("grading.regrade.dropped", d))));
        p.failed().forEach(d -> dropped.add(new ListItem(getTranslation("grading.regrade.failed", d))));
    }
}
