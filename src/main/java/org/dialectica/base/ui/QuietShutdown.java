package org.dialectica.base.ui;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A normal shutdown closes every open page. Vaadin tells each page its session ended by a push,
 * but Tomcat expires the sessions after the push servlet is gone, so each such push fails and was
 * logged as an ERROR with its stack trace. Once the application is stopping, a page's error is
 * one debug line; before that, errors go to Vaadin's usual handler.
 */
@Component
class QuietShutdown implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(QuietShutdown.class);
    // static: the handler travels inside each session, which may be serialised without this bean
    private static volatile boolean stopping;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        stopping = false;
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler()));
    }

    @EventListener(ContextClosedEvent.class)
    void stopping() {
        stopping = true;
    }

    private static final class Handler implements ErrorHandler {
        private final ErrorHandler usual = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            if (stopping) {
                log.debug("A page could not be told the server is stopping: {}", event.getThrowable().toString());
            } else {
                usual.error(event);
            }
        }
    }
}
