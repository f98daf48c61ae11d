package org.dialectica.people;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page opened with a session cookie whose session is gone (timed out, ended because the account
 * changed, or the server restarted) and that nothing signed in again — no "keep me signed in"
 * token, or a revoked one — goes to the sign-in page with a sentence saying the session ended,
 * rather than to a bare sign-in form. Only page loads: Vaadin's own requests get its
 * session-expired answer, on which the page reloads and comes here.
 */
final class EndedSessionFilter extends OncePerRequestFilter {
    private final RequestUtil vaadinRequests;

    EndedSessionFilter(RequestUtil vaadinRequests) {
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession ending = request.getSession(false);
        if (ending != null && ending.getAttribute(AccountChanged.ENDING) != null) {
            // the session is being ended (its pages are being sent to the sign-in page): nothing more is let
            // in with it; the push can overtake the session's end, so it is ended here
            try {
                ending.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile: the same outcome
            }
            if (pageLoad(request)) {
                response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?ended");
                return;
            }
            // Vaadin's own requests go on signed out: Vaadin answers that the session expired, and the page
            // reloads, which comes to the sign-in page through the redirect below
            SecurityContextHolder.clearContext();
        }
        if (endedPageLoad(request)) {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?ended");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A browser's load of a page (not Vaadin's own requests, not a file). */
    private boolean pageLoad(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
                && !vaadinRequests.isFrameworkInternalRequest(request);
    }

    private boolean endedPageLoad(HttpServletRequest request) {
        if (!pageLoad(request) || request.getRequestedSessionId() == null || request.isRequestedSessionIdValid()) return false;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(SecurityConfiguration.LOGIN) || path.startsWith(SecurityConfiguration.LOGIN + "/")) return false;
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated();
    }
}
