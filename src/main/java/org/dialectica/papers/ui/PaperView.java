package org.dialectica.papers.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.papers.Paper;
import org.dialectica.papers.Papers;

/**
 * One paper to read on its own page ({@code /paper/ID}), with its paragraphs and pages numbered as
 * claims cite them: where a student opens the papers of an assignment, and the papers page links
 * to. Quoting happens beside a map (<em>Read a paper</em>), where a claim has somewhere to go.
 */
@PermitAll
@Route(value = "paper", layout = MainLayout.class)
class PaperView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {
    final H2 heading = new H2();
    final Span about = new Span();
    final Paragraph howToQuote = new Paragraph();
    final Anchor back = new Anchor("papers", "");
    final ReadingText text = new ReadingText();

    private final Papers papers;
    private Paper paper;
    /** the id asked for, when no paper has it */
    private String unknown;

    PaperView(Papers papers) {
        this.papers = papers;
        setSizeFull();
        heading.getStyle().set("margin", "0.2em 0 0 0");
        about.setId("paper-about");
        about.getStyle().set("color", "var(--vaadin-text-color-secondary, #555)");
        howToQuote.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s, 0.875em)");
        back.getElement().setAttribute("router-link", true);
        back.setId("back-to-papers");
        text.setId("paper-text");
        text.setWidthFull();
        text.setMaxWidth("52em");
        add(back, heading, about, howToQuote, text);
        setFlexGrow(1, text);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        paper = papers.find(id).orElse(null);
        unknown = paper == null ? id : null;
        show();
    }

    private void show() {
        if (paper == null) {
            heading.setText(getTranslation("papers.unknown.title"));
            about.setText(getTranslation("paper.error.unknown", unknown));
            text.setVisible(false);
            howToQuote.setVisible(false);
            return;
        }
        heading.setText(paper.title());
        about.setText(paper.id() + " · " + getTranslation("reading.about.alone", language(paper.language()), paper.paragraphs().size(),
                paper.pages()));
        text.show(paper.paragraphs(), List.of());
    }

    private String language(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
    }

    @Override
    public String getPageTitle() {
        return paper == null ? "Dialectica" : paper.shortName() + " — Dialectica";
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        back.setText("← " + getTranslation("papers.heading"));
        howToQuote.setText(getTranslation("papers.read.quote"));
        text.getElement().setAttribute("aria-label", getTranslation("reading.text"));
        text.pageWord(page -> getTranslation("reading.page", page));
        show();
    }
}
