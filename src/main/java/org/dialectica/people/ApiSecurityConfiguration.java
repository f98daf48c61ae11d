package org.dialectica.people;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The REST API ({@code /api/**}) and its documentation, beside the pages' chain
 * ({@link SecurityConfiguration}), which keeps everything else. An API call is signed in by its
 * bearer token alone ({@link BearerTokens}), for that call: no session is made or read, so the
 * browser's session and "keep me signed in" cookies open nothing here, and with no cookie that
 * counts there is nothing for another site to forge — hence no CSRF token. The OpenAPI document and
 * its browsable page are public: they describe the API, they hold no data.
 */
@Configuration
class ApiSecurityConfiguration {
    static final String[] DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/api/docs", "/api/docs/**", "/api/swagger-ui/**"};
    /** The API answers JSON and files, never a page: nothing of it runs as a script or is framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiDocsFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(DOCS)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AccessTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(API_CONTENT_SECURITY_POLICY)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, refused) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BearerTokens.CHALLENGE);
                            ApiProblems.write(response, 401, "Unauthorized",
                                    "Send a personal access token: 'Authorization: Bearer dlc_…' (made on the My account page).",
                                    request.getRequestURI());
                        })
                        .accessDeniedHandler((request, response, denied) -> ApiProblems.write(response, 403, "Forbidden",
                                "You may not do this.", request.getRequestURI())))
                .addFilterBefore(new BearerTokens(tokens), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
