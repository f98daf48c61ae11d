package org.dialectica.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere, or to a page the person may not open (Vaadin answers those as
 * not found, so as not to tell which pages exist): said in the app's frame, with the way back.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotFound extends Div implements HasErrorParameter<NotFoundException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Paragraph text = new Paragraph(getTranslation("page.notFound", event.getLocation().getPath()));
        text.setId("page-not-found");
        Anchor back = new Anchor("", getTranslation("page.back"));
        back.getElement().setAttribute("router-link", true);
        add(text, back);
        getStyle().set("padding", "1em");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
