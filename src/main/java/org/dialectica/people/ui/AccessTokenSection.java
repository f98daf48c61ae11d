package org.dialectica.people.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.dialectica.base.ui.ReaderZone;
import org.dialectica.people.AccessTokens;

/**
 * The account page's personal access tokens for the REST API: make one (its value shown once, in a
 * field to copy it from), see each with when it was made and last used, revoke it.
 */
class AccessTokenSection extends VerticalLayout {
    private final AccessTokens tokens;
    private final H3 heading = new H3();
    private final Paragraph about = new Paragraph();
    final TextField name = new TextField();
    final Button create = new Button();
    /** the value of the token just made, to copy: shown until the page is left or another is made */
    final TextField made = new TextField();
    private final Paragraph madeNote = new Paragraph();
    final Grid<AccessTokens.Token> list = new Grid<>();
    private Grid.Column<AccessTokens.Token> nameColumn, hintColumn, createdColumn, usedColumn;
    private ZoneId zone = ZoneId.systemDefault();
    private boolean zoneAsked;

    AccessTokenSection(AccessTokens tokens) {
        this.tokens = tokens;
        setPadding(false);
        name.setId("token-name");
        name.setMaxLength(AccessTokens.MAX_NAME);
        name.setWidthFull();
        create.setId("token-create");
        create.addClickListener(e -> create());
        made.setId("token-value");
        made.setReadOnly(true);
        made.setWidthFull();
        made.setAutoselect(true);
        made.setVisible(false);
        madeNote.setVisible(false);
        madeNote.getStyle().set("font-weight", "600");
        list.setId("tokens");
        list.setAllRowsVisible(true);
        nameColumn = list.addColumn(AccessTokens.Token::name).setAutoWidth(true);
        hintColumn = list.addColumn(t -> t.hint() + "…").setAutoWidth(true);
        createdColumn = list.addColumn(t -> when(t.createdAt())).setAutoWidth(true);
        usedColumn = list.addColumn(t -> t.lastUsedAt() == null ? getTranslation("token.never") : when(t.lastUsedAt())).setAutoWidth(true);
        list.addComponentColumn(this::revokeButton).setAutoWidth(true);
        HorizontalLayout making = new HorizontalLayout(name, create);
        making.setWidthFull();
        making.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, about, making, madeNote, made, list);
        show();
    }

    private void create() {
        name.setInvalid(false);
        AccessTokens.Made token;
        try {
            token = tokens.create(name.getValue());
        } catch (IllegalArgumentException e) {
            name.setErrorMessage(Refusals.worded(this, e));
            name.setInvalid(true);
            return;
        }
        name.clear();
        made.setValue(token.value());
        made.setVisible(true);
        madeNote.setVisible(true);
        made.focus();
        show();
    }

    private Button revokeButton(AccessTokens.Token token) {
        Button revoke = new Button(getTranslation("token.revoke"), e -> {
            tokens.revoke(token.id());
            show();
        });
        revoke.setId("token-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
        return revoke;
    }

    private void show() {
        list.setItems(tokens.mine());
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale()).format(at.atZone(zone));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (zoneAsked) return;
        zoneAsked = true;
        // times in the reader's time zone once the browser has said which it is
        ReaderZone.ask(event.getUI(), browser -> {
            zone = browser;
            list.getDataProvider().refreshAll();
        });
    }

    /** The texts in the page's language (called by the page on every change of it). */
    void localize() {
        heading.setText(getTranslation("token.heading"));
        about.setText(getTranslation("token.about"));
        name.setLabel(getTranslation("token.name"));
        create.setText(getTranslation("token.create"));
        made.setLabel(getTranslation("token.value"));
        madeNote.setText(getTranslation("token.once"));
        nameColumn.setHeader(getTranslation("token.name"));
        hintColumn.setHeader(getTranslation("token.hint"));
        createdColumn.setHeader(getTranslation("token.created"));
        usedColumn.setHeader(getTranslation("token.used"));
        list.getDataProvider().refreshAll();
    }
}
