package org.dialectica.discussion.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import org.dialectica.base.ui.ReaderZone;
import org.dialectica.discussion.Comment;
import org.dialectica.discussion.CommentThread;
import org.dialectica.discussion.CommentTooLongException;
import org.dialectica.discussion.Discussion;
import org.dialectica.workspace.UnknownMapException;
import org.dialectica.workspace.ui.MapViewExtension;
import org.springframework.security.access.AccessDeniedException;

/**
 * The comments on the selected claim or relation, in the map view's side panel: each thread with
 * its authors, times (in the reader's language and time zone) and texts, all shown as text; reply,
 * resolve and reopen where the reader may; one box to open a thread or answer one. A refresh redraws
 * the threads and keeps what is being typed in the box.
 */
class CommentsPanel extends Composite<VerticalLayout> implements MapViewExtension.Section, LocaleChangeObserver {
    private final Discussion discussion;
    private final String mapId;
    private final String target;
    private final Supplier<Object> origin;
    private final Runnable changed;
    private ZoneId zone = ZoneId.systemDefault();
    /** the thread the box answers, or null when it opens a new one */
    private Long replyTo;
    private List<CommentThread> shown = List.of();
    private Discussion.Rights rights = Discussion.Rights.NONE;
    private boolean zoneAsked;

    final H3 heading = new H3();
    final Div threads = new Div();
    final TextArea text = new TextArea();
    final Button post = new Button();
    final Button cancelReply = new Button();

    CommentsPanel(Discussion discussion, String mapId, String target, Supplier<Object> origin, Runnable changed) {
        this.discussion = discussion;
        this.mapId = mapId;
        this.target = target;
        this.origin = origin;
        this.changed = changed;
        VerticalLayout layout = getContent();
        layout.setId("comments");
        layout.setPadding(false);
        layout.setSpacing(false);
        threads.setId("comment-threads");
        threads.setWidthFull();
        text.setId("comment-text");
        text.setWidthFull();
        text.setMaxLength(Discussion.MAX_BODY);
        post.setId("post-comment");
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.addClickListener(e -> send());
        cancelReply.setId("cancel-reply");
        cancelReply.addClickListener(e -> {
            replyTo = null;
            showBox();
        });
        layout.add(heading, threads, text, new HorizontalLayout(post, cancelReply));
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (zoneAsked) return;
        zoneAsked = true;
        // times in the reader's time zone once the browser has said which it is
        ReaderZone.ask(event.getUI(), browser -> {
            if (!browser.equals(zone)) {
                zone = browser;
                showThreads();
            }
        });
    }

    @Override
    public void refresh() {
        try {
            shown = discussion.threads(mapId, target);
            rights = discussion.rights(mapId);
        } catch (AccessDeniedException | UnknownMapException e) {
            // the map was deleted or unshared meanwhile: the view says so; nothing to show here
            shown = List.of();
            rights = Discussion.Rights.NONE;
        }
        if (replyTo != null && shown.stream().noneMatch(t -> t.id() == replyTo && !t.isResolved())) replyTo = null;
        showThreads();
        showBox();
    }

    private void showThreads() {
        long open = shown.stream().filter(t -> !t.isResolved()).count();
        heading.setText(getTranslation("comments.heading", open));
        threads.removeAll();
        if (shown.isEmpty()) threads.add(new Paragraph(getTranslation("comments.none")));
        for (CommentThread thread : shown) threads.add(thread(thread));
    }

    private Component thread(CommentThread thread) {
        Div box = new Div();
        box.setId("thread-" + thread.id());
        box.getElement().setAttribute("data-resolved", String.valueOf(thread.isResolved()));
        box.getStyle().set("border-left", "3px solid " + (thread.isResolved() ? "#9e9e9e" : "#1565c0"))
                .set("padding-left", "0.6em").set("margin", "0.6em 0");
        if (thread.isResolved()) box.getStyle().set("opacity", "0.75");
        for (Comment comment : thread.comments()) box.add(comment(comment));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (thread.isResolved()) {
            CommentThread.Resolution r = thread.resolution();
            Span resolved = new Span(getTranslation("comments.resolved.by", r.byName(), time(r.at())));
            resolved.addClassName("comment-resolution");
            resolved.getStyle().set("font-size", "var(--lumo-font-size-s, 0.875rem)");
            box.add(new Div(resolved));
        } else if (rights.mayComment()) {
            Button reply = new Button(getTranslation("comments.reply"), e -> {
                replyTo = thread.id();
                showBox();
                text.focus();
            });
            reply.setId("reply-" + thread.id());
            reply.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(reply);
        }
        if (rights.mayResolve(thread)) {
            Button resolve = new Button(getTranslation(thread.isResolved() ? "comments.reopen" : "comments.resolve"),
                    e -> act(() -> {
                        if (thread.isResolved()) discussion.unresolve(thread.id(), origin.get());
                        else discussion.resolve(thread.id(), origin.get());
                    }));
            resolve.setId((thread.isResolved() ? "reopen-" : "resolve-") + thread.id());
            resolve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            actions.add(resolve);
        }
        if (actions.getComponentCount() > 0) box.add(actions);
        return box;
    }

    private Component comment(Comment comment) {
        Span author = new Span(comment.authorName());
        author.getStyle().set("font-weight", "600");
        Span at = new Span(" · " + time(comment.at()));
        at.getElement().setAttribute("title", comment.at().toString());
        at.getStyle().set("color", "var(--vaadin-text-color-secondary, #555)").set("font-size", "var(--lumo-font-size-s, 0.875rem)");
        // the text as typed, line breaks kept; set as text, so markup in it is shown, never run
        Paragraph body = new Paragraph(comment.body());
        body.addClassName("comment-body");
        body.getStyle().set("white-space", "pre-wrap").set("margin", "0.2em 0 0.4em 0").set("overflow-wrap", "anywhere");
        Div div = new Div(new Div(author, at), body);
        div.addClassName("comment");
        return div;
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale()).format(at.atZone(zone));
    }

    private void showBox() {
        boolean mayComment = rights.mayComment();
        text.setVisible(mayComment);
        post.setVisible(mayComment);
        String answered = replyTo == null ? null : shown.stream().filter(t -> t.id() == replyTo)
                .map(t -> t.opening().authorName()).findFirst().orElse(null);
        text.setLabel(answered == null ? getTranslation("comments.new") : getTranslation("comments.reply.to", answered));
        post.setText(getTranslation(replyTo == null ? "comments.post" : "comments.reply"));
        cancelReply.setText(getTranslation("common.cancel"));
        cancelReply.setVisible(mayComment && replyTo != null);
    }

    /** Posts what the box holds: a new thread, or a reply to the one chosen. */
    void send() {
        String body = text.getValue();
        if (body == null || body.isBlank()) {
            refuse(getTranslation("comments.empty"));
            return;
        }
        try {
            if (replyTo == null) discussion.post(mapId, target, body, origin.get());
            else discussion.reply(replyTo, body, origin.get());
        } catch (CommentTooLongException e) {
            refuse(getTranslation("comments.too.long", e.length(), e.max()));
            return;
        } catch (AccessDeniedException e) {
            refuse(getTranslation("comments.refused"));
            return;
        } catch (IllegalArgumentException e) {
            refuse(org.dialectica.people.ui.Refusals.worded(this, e));
            return;
        } catch (UnknownMapException e) {
            refuse(e.getMessage());
            return;
        }
        text.clear();
        text.setInvalid(false);
        replyTo = null;
        refresh();
        changed.run();
    }

    private void refuse(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException | IllegalArgumentException | UnknownMapException e) {
            Notification error = Notification.show(e instanceof AccessDeniedException ? getTranslation("comments.refused") : e.getMessage(),
                    8000, Notification.Position.MIDDLE);
            error.addThemeVariants(NotificationVariant.ERROR);
            error.setId("comment-error");
        }
        refresh();
        changed.run();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        showThreads();
        showBox();
    }
}
