package org.dialectica.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.dialectica.base.AfterReply;
import org.springframework.stereotype.Component;

/**
 * The page that made a change is answered first: news for the other pages given while a request
 * is handled is held until its response has been written (Vaadin writes it after it releases the
 * session, before the request ends), then told on the same thread, outside the session's lock.
 */
@Component
class RepliesFirst implements VaadinServiceInitListener {
    private static final String HELD = RepliesFirst.class.getName() + ".held";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new Interceptor());
    }

    private static final class Interceptor implements VaadinRequestInterceptor {
        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            request.setAttribute(HELD, AfterReply.hold());
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
            // the news is told at the end of the request all the same: what was committed stays committed
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            if (request.getAttribute(HELD) instanceof AfterReply.Held held) {
                request.removeAttribute(HELD);
                held.close();
            }
        }
    }
}
