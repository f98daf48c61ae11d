package org.dialectica.people;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
        if (endedPageLoad(request)) {
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?ended");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean endedPageLoad(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getRequestedSessionId() == null || request.isRequestedSessionIdValid()) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html") || vaadinRequests.isFrameworkInternalRequest(request)) return false;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(SecurityConfiguration.LOGIN) || path.startsWith(SecurityConfiguration.LOGIN + "/")) return false;
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated();
    }
}
