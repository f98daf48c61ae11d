package org.dialectica.people.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.dialectica.base.ClusterNews;
import org.dialectica.people.AccountChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of a person whose account changed (disabled, another role, a new
 * password), so rights never outlive their removal: each of their pages is sent to the sign-in
 * page at once, then the session is invalidated, so a page that missed the push (a closed laptop)
 * finds its session gone at its next request. A page whose session ended goes to
 * {@code /login?ended}, which says so.
 */
@Component
class SessionEnding implements HttpSessionListener, HttpSessionIdListener, VaadinServiceInitListener, DisposableBean {
    static final String ENDED_PAGE = "login?ended";
    /** how long the session's own page may hold its lock before the push is given up (a busy machine) */
    private static final int PUSH_WAIT_S = 20;
    private static final long DELIVERY_GRACE_MS = 1_500;
    private static final Logger log = LoggerFactory.getLogger(SessionEnding.class);

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();
    // not on the admin's request thread: it holds its own page's lock while it waits for the others'
    private final ExecutorService ending = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-ending");
        t.setDaemon(true);
        return t;
    });

    private final ClusterNews cluster;

    SessionEnding(ClusterNews cluster) {
        this.cluster = cluster;
        // an account changed through another instance sharing the database: its sessions here end too
        cluster.subscribe("account-changed", news -> ending.execute(() -> end(news.subject(), null)));
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    /** Signing in gives the session a new id (against fixation): keyed by the old one it would never be removed. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldId) {
        open.remove(oldId);
        open.put(event.getSession().getId(), event.getSession());
    }

    /**
     * A page whose session has ended (by this class, by time, or because its server restarted)
     * reloads itself: "keep me signed in" signs it in again and it rebuilds its view from its
     * address; without that, the page load is sent to the sign-in page, which says the session
     * ended (people/EndedSessionFilter).
     */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL(null);
            return messages;
        });
    }

    @TransactionalEventListener
    void accountChanged(AccountChanged change) {
        VaadinSession current = VaadinSession.getCurrent();
        String keep = change.keepCurrent() && current != null && current.getSession() != null ? current.getSession().getId() : null;
        ending.execute(() -> end(change.login(), keep));
        cluster.publish("account-changed", change.login());
    }

    /**
     * Ends every session signed in as the login but the one kept: all their pages are sent to the
     * sign-in page first, then, after one grace for the pushes to arrive, the sessions end together.
     */
    void end(String login, String keep) {
        List<HttpSession> ending = new ArrayList<>();
        boolean pushed = false;
        for (HttpSession session : new ArrayList<>(open.values())) {
            try {
                if (session.getId().equals(keep) || !login.equals(signedIn(session))) continue;
                // from here on every request of the session is refused (EndedSessionFilter)
                session.setAttribute(AccountChanged.ENDING, Boolean.TRUE);
                for (VaadinSession vaadin : vaadinSessions(session)) pushed |= sendToSignIn(vaadin, session);
                ending.add(session);
            } catch (IllegalStateException alreadyGone) {
                open.remove(session.getId(), session);
            }
        }
        // a push is written to the page asynchronously, and ending the session closes the page's push
        // connection after waiting only 1 s for it: on a busy machine the new address was lost, and the
        // page learnt of the end only at its next request. The grace lets nothing in: see above
        if (pushed) {
            try {
                Thread.sleep(DELIVERY_GRACE_MS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
        for (HttpSession session : ending) {
            try {
                session.invalidate();
                log.info("Ended a session of {}: the account changed", login);
            } catch (IllegalStateException alreadyGone) {
                open.remove(session.getId(), session);
            }
        }
    }

    private static String signedIn(HttpSession session) {
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication auth = stored instanceof SecurityContext context ? context.getAuthentication() : null;
        return auth == null ? null : auth.getName();
    }

    private static List<VaadinSession> vaadinSessions(HttpSession session) {
        List<VaadinSession> found = new ArrayList<>();
        for (String name : Collections.list(session.getAttributeNames())) {
            if (session.getAttribute(name) instanceof VaadinSession vaadin) found.add(vaadin);
        }
        return found;
    }

    /** Answers whether its pages were pushed the new location. */
    private static boolean sendToSignIn(VaadinSession vaadin, HttpSession session) {
        String page = session.getServletContext().getContextPath() + "/" + ENDED_PAGE;
        try {
            // pushed inside the command: the future completes only once the pages were sent the new
            // location, so the invalidation that follows cannot overtake it
            vaadin.access(() -> vaadin.getUIs().forEach(ui -> {
                ui.getPage().setLocation(page);
                ui.push();
            })).get(PUSH_WAIT_S, TimeUnit.SECONDS);
            return true;
        } catch (Exception notPushed) {
            // the invalidation that follows still ends it: the page finds out at its next request
            log.info("Could not send the pages of an ended session to the sign-in page: {}", notPushed.toString());
            return false;
        }
    }

    @Override
    public void destroy() {
        ending.shutdownNow();
    }
}
