package org.dialectica.debate.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.dialectica.base.ui.GraphCanvas;
import org.dialectica.base.ui.MainLayout;
import org.dialectica.debate.DebateState;
import org.dialectica.debate.Debates;
import org.dialectica.debate.Format;
import org.dialectica.debate.Move;
import org.dialectica.debate.Names;
import org.dialectica.debate.MoveTextException;
import org.dialectica.debate.Played;
import org.dialectica.debate.UnknownDebateException;
import org.dialectica.debate.UnreadableDebateException;
import org.dialectica.map.Claim;
import org.dialectica.people.Accounts;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.workspace.ui.MapGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * One debate ({@code /debate/<id>}): its map on the canvas, the scoreboard, the move form with the
 * moves the person may make, and the transcript; every move by anyone reaches the page at once
 * (pushed). Replay steps back through the moves, showing the map and scoreboard as they were, until
 * "live" brings it back to now. Exports the transcript (JSON, Markdown) and the starting map.
 */
// who may see the debate at all, and what they may play, the service decides per call
@PermitAll
@Route(value = "debate", layout = MainLayout.class)
class DebateView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {
    private static final Logger log = LoggerFactory.getLogger(DebateView.class);
    private final Debates debates;
    private final Accounts accounts;
    private final DebateDrawings drawings;
    /** who this page acts for: pushed updates run on other threads and must read as this person */
    private final Person me = CurrentPerson.get();
    private long debateId;
    /** the debate now (the transcript, the claims' titles) and the state shown: now, or after a replayed move */
    private DebateState now;
    private DebateState shown;
    /** the number of moves the replay shows; null while live */
    private Integer replayAt;
    private Names names = Names.LOGINS;
    private final Map<String, String> titles = new HashMap<>();
    private AutoCloseable listener;
    private MapGraph.Drawing drawn;
    private Registration ticking;

    final H2 title = new H2();
    final Paragraph about = new Paragraph();
    /** why the debate cannot be shown at all (its stored starting map no longer reads), instead of it */
    final Paragraph problem = new Paragraph();
    private String unreadable;
    private final HorizontalLayout toolbar;
    private final SplitLayout split;
    final Button back = new Button("\u25c0");
    final Button forward = new Button("\u25b6");
    final Button live = new Button();
    final Span replayState = new Span();
    final Button assign = new Button();
    final Anchor exportJson = new Anchor();
    final Anchor exportMarkdown = new Anchor();
    final Anchor exportArgdown = new Anchor();
    final GraphCanvas canvas = new GraphCanvas();
    final ScoreboardPanel scoreboard = new ScoreboardPanel();
    final MovePanel movePanel = new MovePanel(this::play);
    final TranscriptPanel transcript = new TranscriptPanel();

    DebateView(Debates debates, Accounts accounts, DebateDrawings drawings) {
        this.debates = debates;
        this.accounts = accounts;
        this.drawings = drawings;
        setSizeFull();
        setPadding(true);
        title.getStyle().set("margin", "0");
        about.setId("debate-about");
        about.getStyle().set("margin", "0").set("color", "var(--vaadin-text-color-secondary, #555)");
        back.setId("replay-back");
        forward.setId("replay-forward");
        live.setId("replay-live");
        replayState.setId("replay-state");
        back.addClickListener(e -> replayTo(shown.at() - 1));
        forward.addClickListener(e -> replayTo(shown.at() + 1));
        live.addClickListener(e -> replayTo(Integer.MAX_VALUE));
        assign.setId("assign-sides");
        assign.addClickListener(e -> new SidesDialog(debates, debateId, now.setup(),
                accounts.directory().stream().filter(p -> !p.login().equals(now.setup().moderator())).toList(), this::update).open());
        exportJson.setId("export-json");
        exportMarkdown.setId("export-markdown");
        exportArgdown.setId("export-argdown");
        canvas.setId("canvas");
        canvas.setSizeFull();
        canvas.addNodeSelectedListener(e -> movePanel.pick(e.getId()));
        VerticalLayout side = new VerticalLayout(scoreboard, movePanel, transcript);
        side.setId("debate-side");
        side.setPadding(false);
        side.setSpacing(false);
        side.setWidth("27em");
        side.getStyle().set("overflow", "auto").set("padding", "0 0.6em");
        split = new SplitLayout(canvas, side);
        split.setSizeFull();
        split.setSplitterPosition(66);
        HorizontalLayout replay = new HorizontalLayout(back, replayState, forward, live, assign);
        replay.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout exports = new HorizontalLayout(exportJson, exportMarkdown, exportArgdown);
        exports.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar = new HorizontalLayout(replay, exports);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        problem.setId("debate-problem");
        problem.getStyle().set("color", "#b3261e");
        problem.setVisible(false);
        add(title, about, problem, toolbar, split);
        expand(split);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        replayAt = null;
        showProblem(null);
        try {
            debateId = Long.parseLong(parameter);
            // ?at=<moves>: the replay at that move (the address a replaying page keeps)
            replayAt = event.getLocation().getQueryParameters().getSingleParameter("at")
                    .filter(at -> at.matches("\\d{1,9}")).map(Integer::parseInt).orElse(null);
            names = debates.names();
            refresh();
        } catch (NumberFormatException | UnknownDebateException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (UnreadableDebateException e) {
            showProblem(e.problem());
            return;
        }
        exportJson.setHref(download("debate-" + debateId + ".json", "application/json", () -> debates.exportJson(debateId)));
        exportMarkdown.setHref(download("debate-" + debateId + ".md", "text/markdown;charset=utf-8",
                () -> debates.exportMarkdown(debateId, readerLocale())));
        exportArgdown.setHref(download(Debates.startingMapFile(debateId), "text/plain;charset=utf-8", () -> debates.exportStartingMap(debateId)));
        if (isAttached()) join(UI.getCurrent());
    }

    /**
     * The language the reader chose on this page. A download is served on a request of its own,
     * where {@code getLocale()} (which asks the current UI) finds none and gives the default: English.
     */
    private java.util.Locale readerLocale() {
        return getUI().map(UI::getLocale).orElseGet(this::getLocale);
    }

    private static DownloadHandler download(String fileName, String type, Supplier<String> text) {
        return DownloadHandler.fromInputStream(request -> {
            byte[] bytes;
            try {
                bytes = text.get().getBytes(StandardCharsets.UTF_8);
            } catch (UnknownDebateException e) {
                // gone, or no longer shared with the reader: as for an address that leads nowhere
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (UnreadableDebateException e) {
                return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR, e.problem());
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (now != null) join(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        leave();
        event.getUI().setPollInterval(-1);
    }

    /** Follows the debate: every later move by anyone else is pushed to this page. */
    private void join(UI ui) {
        leave();
        listener = debates.join(debateId, () -> ui.access(() -> CurrentPerson.as(me, this::update)));
        // the turn's clock counts down between moves
        if (ticking == null) ticking = ui.addPollListener(e -> tick());
    }

    private void leave() {
        if (listener != null) {
            try {
                listener.close();
            } catch (Exception e) {
                log.warn("Could not leave debate {}: {}", debateId, e.toString());
            }
        }
        listener = null;
        if (ticking != null) ticking.remove();
        ticking = null;
    }

    private void tick() {
        if (shown != null && shown.deadline() != null) scoreboard.tick(shown, words());
    }

    /**
     * Reads the debate again and redraws everything (the replay stays where it is). A debate that
     * has gone meanwhile, or that the person may no longer see (its map was unshared), is said to
     * be not found, as when the page is opened on it.
     */
    void update() {
        try {
            refresh();
        } catch (UnknownDebateException e) {
            leave();
            getUI().ifPresent(ui -> ui.navigate("debate/" + debateId));
        } catch (UnreadableDebateException e) {
            leave();
            showProblem(e.problem());
        }
    }

    /**
     * Says that the debate cannot be shown because its stored starting map no longer reads, with the
     * reader's located message, in place of the debate (null: the debate is shown as usual).
     */
    private void showProblem(String readerMessage) {
        unreadable = readerMessage;
        boolean broken = readerMessage != null;
        if (broken) {
            now = null;
            shown = null;
            Texts.set(title, getTranslation("debate.unreadable.title", String.valueOf(debateId)));
            problem.setText(getTranslation("debate.unreadable", readerMessage));
        }
        problem.setVisible(broken);
        about.setVisible(!broken);
        toolbar.setVisible(!broken);
        split.setVisible(!broken);
    }

    private void refresh() {
        now = debates.state(debateId);
        for (Claim claim : now.analysis().map().claims()) titles.put(claim.id(), claim.displayTitle());
        if (replayAt != null && replayAt >= now.transcript().size()) replayAt = null;
        shown = replayAt == null ? now : debates.state(debateId, replayAt);
        show();
    }

    void replayTo(int moves) {
        replayAt = moves >= now.transcript().size() ? null : Math.max(0, moves);
        // the address names the replayed move, so a reload (a restarted server, a shared link) shows it again
        // (the browser's own history call: Vaadin's replaceState goes through the router, which can
        // deliver it after a later one and reopen the older address)
        getUI().ifPresent(ui -> ui.getPage().executeJs("history.replaceState(history.state, '', new URL($0, document.baseURI).href)",
                replayAt == null ? "debate/" + debateId : "debate/" + debateId + "?at=" + replayAt));
        update();
    }

    private MoveWords words() {
        return new MoveWords(getLocale(), names, titles);
    }

    private void show() {
        MoveWords words = words();
        Texts.set(title, shown.setup().title());
        String role = shown.setup().moderator().equals(me.login()) ? getTranslation("debate.role.moderator")
                : Debates.sideOf(shown.setup(), me.login()) != null ? getTranslation("debate.role.side", Debates.sideOf(shown.setup(), me.login()))
                : getTranslation("debate.role.audience");
        Texts.set(about, getTranslation("debate.about", getTranslation("debate.format." + shown.setup().format().word()),
                words.name(shown.setup().moderator()), role));
        MapGraph.Drawing drawing = drawings.of(shown, getLocale());
        // the drawings are shared and kept: the same one again (a clock tick, a vote) has nothing new to draw
        if (drawing != drawn) canvas.setGraph(drawing.nodes(), drawing.edges());
        drawn = drawing;
        scoreboard.show(shown, words);
        if (shown.isLive()) {
            movePanel.offer(debates.moves(debateId), shown.analysis().map(), shown.setup().format() == Format.BRITISH_PARLIAMENTARY);
        }
        else movePanel.setVisible(false);
        transcript.show(now.transcript(), shown.at(), words, ZoneId.systemDefault(), this::replayTo);
        back.setEnabled(shown.at() > 0);
        forward.setEnabled(!shown.isLive());
        live.setVisible(!shown.isLive());
        // the sides are fixed once the first move is played
        assign.setVisible(shown.setup().moderator().equals(me.login()) && now.transcript().isEmpty());
        Texts.set(replayState, shown.isLive() ? getTranslation("debate.replay.live", now.transcript().size())
                : getTranslation("debate.replay.at", shown.at(), now.transcript().size()));
        getUI().ifPresent(ui -> ui.setPollInterval(shown.deadline() != null ? 1000 : -1));
    }

    /** Plays the form's move; the person sees at once whether it was accepted, and why not. */
    private void play(Move move) {
        movePanel.refused(null);
        try {
            Played played = debates.play(debateId, move, listener);
            if (played.accepted()) {
                movePanel.clear();
                note(getTranslation("debate.played", played.index()), NotificationVariant.SUCCESS, "move-accepted");
            } else {
                note(getTranslation("debate.refused", words().sentence(played.reason())),
                        NotificationVariant.ERROR, "move-refused");
            }
        } catch (AccessDeniedException e) {
            note(getTranslation("debate.denied"), NotificationVariant.ERROR, "move-refused");
        } catch (MoveTextException e) {
            // nothing was played or stored; what was typed stays in the form to be shortened or cleaned
            String why = getTranslation("debate.move.unfit", e.sentence().text(getLocale()));
            movePanel.refused(why);
            note(why, NotificationVariant.ERROR, "move-refused");
        } catch (UnknownDebateException e) {
            log.debug("Debate {} is gone for {}; the page says so next", debateId, me.login());
        } catch (RuntimeException e) {
            // never a stack trace for the reader: the log keeps it
            log.warn("A move in debate {} failed", debateId, e);
            note(getTranslation("debate.failed"), NotificationVariant.ERROR, "move-refused");
        }
        update();
    }

    private static void note(String text, NotificationVariant variant, String id) {
        Notification note = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        note.addThemeVariants(variant);
        note.setId(id);
    }

    @Override
    public String getPageTitle() {
        return shown == null ? "Dialectica" : shown.setup().title() + " \u2014 Dialectica";
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        live.setText(getTranslation("debate.replay.back.live"));
        assign.setText(getTranslation("debate.sides.open"));
        back.setAriaLabel(getTranslation("debate.replay.back"));
        back.setTooltipText(getTranslation("debate.replay.back"));
        forward.setAriaLabel(getTranslation("debate.replay.forward"));
        forward.setTooltipText(getTranslation("debate.replay.forward"));
        exportJson.setText(getTranslation("debate.export.json"));
        exportMarkdown.setText(getTranslation("debate.export.markdown"));
        exportArgdown.setText(getTranslation("debate.export.argdown"));
        canvas.setAriaLabel(getTranslation("debate.canvas"));
        movePanel.localize();
        if (unreadable != null) showProblem(unreadable);
        else if (now != null) show();
    }
}
