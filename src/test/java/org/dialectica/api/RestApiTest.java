package org.dialectica.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dialectica.debate.Debates;
import org.dialectica.debate.Format;
import org.dialectica.debate.Setup;
import org.dialectica.debate.Side;
import org.dialectica.grading.Assignment;
import org.dialectica.grading.Assignments;
import org.dialectica.people.AccessTokens;
import org.dialectica.people.Accounts;
import org.dialectica.people.Classes;
import org.dialectica.people.CurrentPerson;
import org.dialectica.people.Person;
import org.dialectica.people.Role;
import org.dialectica.workspace.Visibility;
import org.dialectica.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.ServletForwardingController;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API through the application's own servlet stack (MockMvc over the real context: the
 * pages' and the API's security chains, the dispatcher that hands pages to Vaadin, the real
 * database and rules; Vaadin's production bundle, which a real port would need, is built only
 * when the jar is). The people are the first start's demo accounts. Each test makes its own tokens: the limit here is 8
 * calls at once, then one every 10 s, so a test that makes more calls than that with one token is
 * the rate limit's.
 */
@SpringBootTest(properties = {"dialectica.api.burst=8", "dialectica.api.calls-per-minute=6"})
class RestApiTest {
    static final Person ADMIN = new Person("admin", "Administrator", Role.ADMIN);
    static final Person TEACHER = new Person("teacher", "Sari", Role.TEACHER);
    static final Person AYU = new Person("ayu", "Ayu", Role.STUDENT);
    static final Person BUDI = new Person("budi", "Budi", Role.STUDENT);
    static final String SEED = "who-gained-from-the-2020-war";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccessTokens tokens;
    @Autowired
    Workspace workspace;
    @Autowired
    Accounts accounts;
    @Autowired
    Assignments assignments;
    @Autowired
    Classes classes;
    @Autowired
    Debates debates;

    private MockMvc http;

    @BeforeEach
    void client() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** What came back, and the request it answered (for its session). */
    record Answer(MvcResult result) {
        int statusCode() {
            return result.getResponse().getStatus();
        }

        Optional<String> header(String name) {
            return Optional.ofNullable(result.getResponse().getHeader(name));
        }

        String body() {
            try {
                return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }

        boolean madeSession() {
            return result.getRequest().getSession(false) != null;
        }
    }

    String token(Person person) {
        return CurrentPerson.as(person, () -> tokens.create("test of " + person.login()).value());
    }

    Answer get(String path, String token, String... headers) throws Exception {
        return send(MockMvcRequestBuilders.get(path), token, headers);
    }

    Answer post(String path, String token, String body) throws Exception {
        return send(MockMvcRequestBuilders.post(path).contentType("application/octet-stream").content(body.getBytes(StandardCharsets.UTF_8)),
                token);
    }

    private Answer send(MockHttpServletRequestBuilder request, String token, String... headers) throws Exception {
        if (token != null) request.header("Authorization", "Bearer " + token);
        for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return new Answer(http.perform(request).andReturn());
    }

    /** The handler the dispatcher picks for a browser's load of this address, as DispatcherServlet asks its mappings. */
    Object handler(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", path);
        request.addHeader("Accept", "text/html,*/*;q=0.8");
        ServletRequestPathUtils.parseAndCache(request);
        List<HandlerMapping> mappings = new ArrayList<>(context.getBeansOfType(HandlerMapping.class).values());
        AnnotationAwareOrderComparator.sort(mappings);
        for (HandlerMapping mapping : mappings) {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain != null) return chain.getHandler();
        }
        return null;
    }

    static JsonNode json(Answer response) {
        return JSON.readTree(response.body());
    }

    /** An RFC 9457 problem with this status, and nothing of the server's insides. */
    static JsonNode problem(Answer response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("at org.", "Exception", "\tat ");
        return problem;
    }

    @Test
    void without_a_token_every_call_is_401_as_a_problem_and_the_session_cookie_of_a_page_opens_nothing() throws Exception {
        for (String path : List.of("/api/maps", "/api/maps/" + SEED, "/api/debates", "/api/assignments", "/api/no-such-thing")) {
            Answer refused = get(path, null);
            problem(refused, 401);
            assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        problem(get("/api/maps", "dlc_made-up-value"), 401);
        problem(get("/api/maps", null, "Cookie", "JSESSIONID=whatever; dialectica-remember-me=whatever"), 401);
    }

    @Test
    void a_token_reads_with_its_persons_rights_makes_no_session_and_is_refused_once_revoked() throws Exception {
        String value = token(AYU);
        assertThat(value).startsWith(AccessTokens.PREFIX).hasSizeGreaterThan(40);
        Answer listed = get("/api/maps", value);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.header("Set-Cookie")).as("no cookie for an API call").isEmpty();
        assertThat(listed.madeSession()).as("no session for an API call").isFalse();
        assertThat(json(listed).valueStream().map(m -> m.get("id").asString())).contains(SEED);
        AccessTokens.Token listedToken = CurrentPerson.as(AYU, () -> tokens.mine()).getFirst();
        assertThat(listedToken.lastUsedAt()).as("last used is kept").isNotNull();
        assertThat(value).startsWith(listedToken.hint()).isNotEqualTo(listedToken.hint());

        CurrentPerson.as(AYU, () -> tokens.revoke(listedToken.id()));
        JsonNode refused = problem(get("/api/maps", value), 401);
        assertThat(refused.get("detail").asString()).contains("revoked");
    }

    @Test
    void a_token_stops_working_when_its_account_is_disabled_or_its_role_changed() throws Exception {
        CurrentPerson.as(ADMIN, () -> accounts.create("dewi", "Dewi", null, Role.STUDENT, "a-long-enough-one"));
        Person dewi = new Person("dewi", "Dewi", Role.STUDENT);
        String first = token(dewi);
        assertThat(get("/api/maps", first).statusCode()).isEqualTo(200);
        CurrentPerson.as(ADMIN, () -> accounts.setEnabled("dewi", false));
        problem(get("/api/maps", first), 401);
        assertThat(CurrentPerson.as(dewi, () -> tokens.mine())).as("disabling deletes the tokens").isEmpty();

        CurrentPerson.as(ADMIN, () -> accounts.setEnabled("dewi", true));
        String second = token(dewi);
        CurrentPerson.as(ADMIN, () -> accounts.setRole("dewi", Role.MODERATOR));
        problem(get("/api/maps", second), 401);
    }

    @Test
    void a_students_token_cannot_read_another_students_private_map_as_the_map_page_says() throws Exception {
        String mapId = CurrentPerson.as(AYU, () -> workspace.create("Ayu's own reading", "private"));
        String budi = token(BUDI);
        JsonNode denied = problem(get("/api/maps/" + mapId, budi), 403);
        assertThat(denied.get("instance").asString()).isEqualTo("/api/maps/" + mapId);
        problem(get("/api/maps/" + mapId + "/export", budi), 403);
        problem(get("/api/maps/" + mapId + "/analysis", budi), 403);
        assertThat(json(get("/api/maps", budi)).valueStream().map(m -> m.get("id").asString())).doesNotContain(mapId).contains(SEED);
        problem(get("/api/maps/no-such-map", budi), 404);

        String ayu = token(AYU);
        JsonNode own = json(get("/api/maps/" + mapId, ayu));
        assertThat(own.get("title").asString()).isEqualTo("Ayu's own reading");
        assertThat(own.get("allowed").valueStream().map(JsonNode::asString)).contains("EDIT", "SHARE", "DELETE");
    }

    @Test
    void maps_are_read_with_labels_imported_exported_analysed_and_compared() throws Exception {
        String ayu = token(AYU);
        JsonNode map = json(get("/api/maps/" + SEED, ayu));
        assertThat(map.get("claims").size()).isGreaterThan(10);
        assertThat(map.get("claims").valueStream().map(c -> c.get("label").asString())).contains("IN");
        assertThat(map.get("supports").size()).isPositive();

        JsonNode analysis = json(get("/api/maps/" + SEED + "/analysis", ayu, "Accept-Language", "id"));
        List<String> theses = new ArrayList<>();
        analysis.get("theses").valueStream().forEach(t -> theses.add(t.get("id").asString()));
        assertThat(theses).hasSizeGreaterThanOrEqualTo(2);
        assertThat(analysis.get("conflicts").size()).isPositive();

        JsonNode compared = json(get("/api/maps/" + SEED + "/comparison?thesis=" + theses.get(0) + "&thesis=" + theses.get(1), ayu));
        assertThat(compared.get("theses").valueStream().map(t -> t.get("id").asString())).containsExactly(theses.get(0), theses.get(1));
        problem(get("/api/maps/" + SEED + "/comparison?thesis=" + theses.get(0), ayu), 400);

        Answer imported = post("/api/maps?file=seminar.argdown", ayu, """
                [Drones]: Turkish drones decided the war. {kind: thesis}
                  + <Footage>: Footage shows drones hitting tanks.
                """);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        String id = json(imported).get("id").asString();
        assertThat(imported.header("Location")).hasValue("/api/maps/" + id);
        Answer exported = get("/api/maps/" + id + "/export?format=argdown", ayu);
        assertThat(exported.header("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(id + ".argdown"));
        assertThat(exported.body()).contains("Turkish drones decided the war.");
    }

    @Test
    void malformed_input_gets_a_problem_never_a_stack_trace() throws Exception {
        String budi = token(BUDI);
        JsonNode unread = problem(post("/api/maps?file=broken.argdown", budi, "[Open: never closed {kind: thesis\n"), 422);
        assertThat(unread.get("line").asInt()).isPositive();
        assertThat(unread.get("file").asString()).isEqualTo("broken.argdown");
        problem(post("/api/maps?file=map.docx", budi, "whatever"), 422);
        problem(get("/api/maps/" + SEED + "/export?format=docx", budi), 400);
        problem(get("/api/debates/not-a-number/score", budi), 400);
        problem(get("/api/debates/987654/score", budi), 404);
        problem(get("/api/no-such-thing", budi), 404);
    }

    @Test
    void the_formats_list_exactly_the_writers_there_are() throws Exception {
        JsonNode formats = json(get("/api/formats", token(AYU)));
        assertThat(formats.get("imports").valueStream().map(JsonNode::asString)).contains(".argdown", ".apx", ".tgf", ".af");
        assertThat(formats.get("exports").valueStream().map(f -> f.get("format").asString()))
                .containsExactlyInAnyOrder("argdown", "aif", "argdown-json", "markdown", "pdf");
        // each of them answers the seed map in its own type
        String ayu = token(AYU);
        for (JsonNode format : formats.get("exports")) {
            Answer file = get("/api/maps/" + SEED + "/export?format=" + format.get("format").asString(), ayu);
            assertThat(file.statusCode()).as(format.toString()).isEqualTo(200);
            assertThat(file.header("Content-Type")).as(format.toString())
                    .hasValueSatisfying(t -> assertThat(t).startsWith(format.get("mediaType").asString().split(";")[0]));
        }
        assertThat(get("/api/maps/" + SEED + "/export?format=aif", ayu).body()).contains("\"nodes\"", "\"RA\"");
    }

    @Test
    void a_teachers_token_reads_the_submissions_and_grades_as_json_and_csv_and_a_students_does_not() throws Exception {
        long classId = CurrentPerson.as(TEACHER, () -> classes.findByName("Demo seminar").orElseThrow().id());
        long assignment = CurrentPerson.as(TEACHER, () -> assignments.create("Who gained? (API)", "Map the papers.", classId, null,
                null, null, Assignment.Starter.EMPTY, null));
        CurrentPerson.as(AYU, () -> assignments.startMap(assignment, Assignments.Start.EMPTY));
        long submission = CurrentPerson.as(AYU, () -> assignments.submit(assignment)).id();
        CurrentPerson.as(TEACHER, () -> assignments.review(submission));

        String teacher = token(TEACHER);
        JsonNode submissions = json(get("/api/assignments/" + assignment + "/submissions", teacher));
        assertThat(submissions.valueStream().map(s -> s.get("student").asString())).contains("ayu", "budi");
        JsonNode ayus = submissions.valueStream().filter(s -> s.get("student").asString().equals("ayu")).findFirst().orElseThrow();
        assertThat(ayus.get("work").get("submissionId").asLong()).isEqualTo(submission);

        JsonNode grades = json(get("/api/assignments/" + assignment + "/grades", teacher));
        assertThat(grades.get("criteria").size()).isPositive();
        assertThat(grades.get("lines").valueStream().filter(l -> l.get("student").asString().equals("ayu")).findFirst().orElseThrow()
                .get("total").isNumber()).isTrue();

        Answer csv = get("/api/assignments/" + assignment + "/grades.csv", teacher);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("student,name,submitted,late").contains("total");
        assertThat(csv.body()).contains("ayu,Ayu");

        String ayu = token(AYU);
        problem(get("/api/assignments/" + assignment + "/grades", ayu), 403);
        problem(get("/api/assignments/" + assignment + "/grades.csv", ayu), 403);
        problem(get("/api/assignments/" + assignment + "/submissions", ayu), 403);
        assertThat(json(get("/api/assignments", ayu)).valueStream().filter(a -> a.get("id").asLong() == assignment).findFirst().orElseThrow()
                .get("mine").get("submissionId").asLong()).isEqualTo(submission);
    }

    @Test
    void a_debates_transcript_and_score_go_to_those_who_see_it_and_to_nobody_else() throws Exception {
        String mapId = CurrentPerson.as(AYU, () -> {
            String id = workspace.copy(SEED, "Ayu's reading for a debate");
            workspace.share(id, Visibility.PRIVATE, null, Map.of("teacher", false));
            return id;
        });
        long debate = CurrentPerson.as(TEACHER, () -> debates.open(mapId, new Setup("Ayu's reading", Format.FREE, null, List.of(
                new Side("Proposition", List.of("p000-russia-hegemony-weakens"), List.of("ayu")),
                new Side("Opposition", List.of("p004-russia-ceasefire-winner"), List.of())), 0, 0, 0, false)));

        String teacher = token(TEACHER);
        assertThat(json(get("/api/debates", teacher)).valueStream().map(d -> d.get("id").asLong())).contains(debate);
        JsonNode transcript = json(get("/api/debates/" + debate + "/transcript", teacher));
        assertThat(transcript.get("moves").isArray()).isTrue();
        JsonNode score = json(get("/api/debates/" + debate + "/score", teacher));
        assertThat(score.get("theses").valueStream().map(t -> t.get("id").asString())).contains("p000-russia-hegemony-weakens");

        String budi = token(BUDI);
        assertThat(json(get("/api/debates", budi)).valueStream().map(d -> d.get("id").asLong())).doesNotContain(debate);
        problem(get("/api/debates/" + debate + "/score", budi), 404);
        problem(get("/api/debates/" + debate + "/transcript", budi), 404);
    }

    @Test
    void too_many_calls_with_one_token_get_429_with_retry_after_and_another_token_goes_on() throws Exception {
        String hurried = token(BUDI);
        for (int call = 0; call < 8; call++) assertThat(get("/api/formats", hurried).statusCode()).isEqualTo(200);
        Answer refused = get("/api/formats", hurried);
        problem(refused, 429);
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 10L);
        assertThat(get("/api/formats", token(BUDI)).statusCode()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_validates_as_openapi_3_and_lists_the_endpoints() throws Exception {
        Answer docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(docs.body());
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/api/maps", "/api/maps/{id}", "/api/maps/{id}/export",
                "/api/maps/{id}/analysis", "/api/maps/{id}/comparison", "/api/formats", "/api/debates", "/api/debates/{id}/transcript",
                "/api/debates/{id}/score", "/api/assignments", "/api/assignments/{id}/submissions", "/api/assignments/{id}/grades",
                "/api/assignments/{id}/grades.csv");
        assertThat(parsed.getOpenAPI().getPaths().keySet()).allMatch(p -> p.startsWith("/api/"));
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKey(OpenApiConfiguration.TOKEN);
    }

    @Test
    void the_browsable_docs_are_public_and_the_pages_still_go_to_vaadin_behind_their_sign_in() throws Exception {
        Answer docs = get("/api/docs", null);
        String page = docs.statusCode() / 100 == 3 ? docs.header("Location").orElseThrow() : "/api/docs";
        Answer ui = get(page.replaceFirst("^https?://[^/]+", ""), null);
        assertThat(ui.statusCode()).as(page).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");

        // the dispatcher still hands every page to Vaadin's servlet, and no API address
        assertThat(handler("/login")).isInstanceOf(ServletForwardingController.class);
        assertThat(handler("/map/" + SEED)).isInstanceOf(ServletForwardingController.class);
        assertThat(handler("/api/maps")).isInstanceOfSatisfying(HandlerMethod.class, h -> assertThat(h.getBeanType()).isEqualTo(MapsApi.class));
        assertThat(handler("/api/no-such-thing")).isNotInstanceOf(ServletForwardingController.class);
        assertThat(handler("/v3/api-docs")).isNotInstanceOf(ServletForwardingController.class);
        Answer home = get("/", null, "Accept", "text/html");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        problem(get("/api/no-such-thing", token(AYU), "Accept", "text/html"), 404);
    }
}
