package org.dialectica.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in as the holder of its {@code Authorization: Bearer dlc_…} token, for this
 * request alone (nothing is kept in a session), after counting it against the token's rate limit.
 * A call without a token goes on unauthenticated and is refused by the API's chain; one with a
 * token that is unknown, revoked or of a disabled account is refused here.
 */
final class BearerTokens extends OncePerRequestFilter {
    static final String CHALLENGE = "Bearer realm=\"dialectica\"";
    private final AccessTokens tokens;

    BearerTokens(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccessTokens.Holder> holder = tokens.holder(header.substring(7).strip());
        if (holder.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"");
            ApiProblems.write(response, 401, "Unauthorized",
                    "The access token is not valid: unknown, revoked, or its account is disabled.", request.getRequestURI());
            return;
        }
        long wait = tokens.call(holder.get().tokenId());
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ApiProblems.write(response, 429, "Too Many Requests",
                    "Too many calls with this token: try again in " + seconds + " s.", request.getRequestURI());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(CurrentPerson.authentication(holder.get().person()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
