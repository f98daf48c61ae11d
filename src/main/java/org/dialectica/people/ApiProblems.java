package org.dialectica.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's refusals made before any controller runs (no token, a bad or revoked one, too
 * many calls, a forbidden address), as RFC 9457 problem details like every other error of the API.
 */
final class ApiProblems {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {}

    static void write(HttpServletResponse response, int status, String title, String detail, String instance) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
