package org.dialectica.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * A toolbar button that shows and hides one part of the page (the filters, the findings), so the
 * canvas keeps the room until someone asks for the part. Says whether it is open (aria-expanded).
 */
final class PanelToggle extends Button {
    private final Component panel;

    PanelToggle(String id, Component panel) {
        this.panel = panel;
        setId(id);
        addThemeVariants(ButtonVariant.SMALL);
        panel.setVisible(false);
        addClickListener(e -> setOpen(!panel.isVisible()));
        // the part's id may be given after this button is made
        addAttachListener(e -> showState());
        showState();
    }

    void setOpen(boolean open) {
        panel.setVisible(open);
        showState();
    }

    boolean isOpen() {
        return panel.isVisible();
    }

    private void showState() {
        getElement().setAttribute("aria-expanded", String.valueOf(panel.isVisible()));
        panel.getId().ifPresent(id -> getElement().setAttribute("aria-controls", id));
        // an open part shows as a pressed (primary) button
        if (panel.isVisible()) addThemeVariants(ButtonVariant.PRIMARY);
        else removeThemeVariants(ButtonVariant.PRIMARY);
    }
}
