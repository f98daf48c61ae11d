package org.dialectica.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the application without a browser, for measuring a room too big for Chromium on this
 * machine: it signs in with the login form, asks for a UI of a route with the same bootstrap
 * requests Vaadin's client makes ({@code v-r=init}, then the {@code ui-navigate} event), holds
 * the push WebSocket open and sends the heartbeat, so the server keeps and updates a real UI for
 * it, in its own session, exactly as for a browser's page. It renders nothing: it notes when each
 * push message naming a transcript entry ({@code move-N}) arrived, and when a message carrying a
 * {@linkplain #watch watched} text arrived. It can also act as a person does: set a field's value
 * and click a button named by their element ids ({@link #act}), with Vaadin's own RPC messages.
 */
final class LightPage implements AutoCloseable {
    private static final Pattern MOVE_ID = Pattern.compile("\"move-(\\d+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern ELEMENT_ID = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"([^\"]+)\"\\}");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    /** The canvas asked whether it has drawn a change: the success channel of that call (node, channel). */
    private static final Pattern DRAWN = Pattern.compile("\\{\"@v-return\":\\[(\\d+),(\\d+)\\]\\},\\{\"@v-return\":\\[\\d+,\\d+\\]\\},"
            + "\"[^\"]*updateComplete\\.then\\(\\(\\) => true\\)");
    /** What a click sends: the event data every Vaadin button asks for. */
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
            + "\"event.clientX\":10,\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":10,\"event.screenX\":10}";
    /** A watched text is {@code Load <number> <number>}: found in a message in one pass, however many are watched. */
    static final Pattern WATCHED_TEXT = Pattern.compile("Load -?\\d+ \\d+");
    /** Texts being watched for, with when each was sent (ms since the epoch). */
    private static final Map<String, Long> WATCHED = new ConcurrentHashMap<>();
    /** What Chromium reports at 1440×900; the server reads these into the UI's browser details. */
    private static final String CLIENT_DETAILS = "&v-sh=900&v-sw=1440&v-wh=900&v-ww=1440&v-bh=900&v-bw=1440&v-tzo=0&v-dstd=0"
            + "&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=&v-pv=VISIBLE"
            + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=aura&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private static final ScheduledExecutorService BEATS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "light-page-heartbeats");
        t.setDaemon(true);
        return t;
    });

    private final String base;
    private final Map<Integer, Long> arrived = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> sizes = new ConcurrentHashMap<>();
    private final Map<String, Integer> elements = new ConcurrentHashMap<>();
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private volatile int syncId;
    private int clientId;
    private String securityKey;
    private String session;
    private int uiId;
    private WebSocket push;
    private ScheduledFuture<?> heartbeat;

    private LightPage(String base) {
        this.base = base;
    }

    /**
     * A signed-in page showing the route.
     *
     * @param base the app's address, such as {@code http://localhost:8080}
     * @param route the view's path without the leading slash, such as {@code debate/4}
     */
    static LightPage open(String base, String login, String password, String route) throws Exception {
        LightPage page = new LightPage(base);
        page.signIn(login, password);
        page.show(route);
        return page;
    }

    /** When the transcript entry of move n reached this page (ms since the epoch), or null if not yet. */
    Long arrival(int n) {
        return arrived.get(n);
    }

    /** The length (characters) of the push message that brought move n. */
    Integer size(int n) {
        return sizes.get(n);
    }

    private void signIn(String login, String password) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        session = cookie(form);
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) throw new IllegalStateException("the sign-in page has no CSRF token");
        String body = "username=" + enc(login) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("signing in as " + login + " was refused: " + signedIn.statusCode() + " " + location);
        }
        String renewed = cookie(signedIn);
        if (renewed != null) session = renewed;
    }

    private void show(String route) throws Exception {
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=" + enc(route)
                + "&query=" + CLIENT_DETAILS + "&v-curdate=" + System.currentTimeMillis() + "&v-wn=light-" + System.nanoTime())).GET());
        uiId = Integer.parseInt(find(UI_ID, init.body(), "UI id"));
        securityKey = find(SECURITY_KEY, init.body(), "security key");
        String pushId = find(PUSH_ID, init.body(), "push id");
        push = HTTP.newWebSocketBuilder()
                .header("Cookie", "JSESSIONID=" + session)
                .connectTimeout(Duration.ofSeconds(30))
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                        + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                        + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                        + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0"), new Listener())
                .get(60, TimeUnit.SECONDS);
        String navigate = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"/" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> shown = send(uidl("uidl").header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        if (!shown.body().contains("\"changes\"")) throw new IllegalStateException("the route " + route + " was not shown: " + shown.body());
        clientId = 1;
        read(shown.body());
        // the heartbeat keeps the UI alive (the server closes a UI after three missed beats) and the page present
        // sent without waiting for the answer: one slow answer must not hold up every page's beat
        // (a missed beat is what a real page's network can do too; the next one tries again)
        heartbeat = BEATS.scheduleAtFixedRate(() -> HTTP.sendAsync(withSession(uidl("heartbeat").POST(HttpRequest.BodyPublishers.noBody()))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.discarding()), 5, 10, TimeUnit.SECONDS);
    }

    /** Watches every light page for a message carrying this text ({@link #WATCHED_TEXT}), sent now. */
    static void watch(String text) {
        if (!WATCHED_TEXT.matcher(text).matches()) throw new IllegalArgumentException("not a watchable text: " + text);
        WATCHED.put(text, System.currentTimeMillis());
    }

    /** When this page received a message carrying the watched text, minus when it was sent; null if not yet. */
    Long delay(String text) {
        Long at = seen.get(text), sent = WATCHED.get(text);
        return at == null || sent == null ? null : at - sent;
    }

    /** A field's new value, as the browser syncs it (the element by its id). */
    String value(String elementId, String value) {
        return "{\"type\":\"mSync\",\"node\":" + node(elementId) + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** A click on the element with this id. */
    String click(String elementId) {
        return "{\"type\":\"event\",\"node\":" + node(elementId) + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}";
    }

    private int node(String elementId) {
        Integer node = elements.get(elementId);
        if (node == null) throw new IllegalStateException("the page has no element '" + elementId + "'");
        return node;
    }

    /**
     * Sends these invocations as one request, as the browser does, and answers the server's response.
     * Where the response asks whether the canvas has drawn it (the map page holds the others' news
     * until then), it is told so at once, as a browser's canvas would once drawn.
     */
    synchronized String act(String... invocations) throws IOException, InterruptedException {
        String answer = request(String.join(",", invocations));
        Matcher drawn = DRAWN.matcher(answer);
        List<String> replies = new ArrayList<>();
        while (drawn.find()) replies.add("{\"type\":\"channel\",\"node\":" + drawn.group(1) + ",\"channel\":" + drawn.group(2) + ",\"args\":[true]}");
        if (!replies.isEmpty()) request(String.join(",", replies));
        return answer;
    }

    private String request(String invocations) throws IOException, InterruptedException {
        String message = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + invocations + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId++ + "}";
        HttpResponse<String> response = send(uidl("uidl").header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)));
        read(response.body());
        return response.body();
    }

    /** Notes the element ids and the sync id a message from the server brings. */
    private void read(String message) {
        Matcher ids = ELEMENT_ID.matcher(message);
        while (ids.find()) elements.put(ids.group(2), Integer.parseInt(ids.group(1)));
        Matcher sync = SYNC_ID.matcher(message);
        while (sync.find()) syncId = Math.max(syncId, Integer.parseInt(sync.group(1)));
    }

    private HttpRequest.Builder uidl(String request) {
        return HttpRequest.newBuilder(URI.create(base + "/?v-r=" + request + "&v-uiId=" + uiId));
    }

    private HttpRequest.Builder withSession(HttpRequest.Builder request) {
        return session == null ? request : request.header("Cookie", "JSESSIONID=" + session);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        withSession(request);
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) throw new IOException(response.request().uri() + " answered " + response.statusCode());
        return response;
    }

    private static String cookie(HttpResponse<?> response) {
        for (String set : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(set);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) throw new IllegalStateException("no " + what + " in the answer: " + text.substring(0, Math.min(300, text.length())));
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Reads Atmosphere's framing ({@code length|message}, messages split across frames or several
     * in one) and notes the transcript entries each message brings.
     */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.currentTimeMillis();
            buffer.append(data);
            while (true) {
                int bar = buffer.indexOf("|");
                if (bar < 0) break;
                int length;
                try {
                    length = Integer.parseInt(buffer.substring(0, bar).trim());
                } catch (NumberFormatException e) {
                    buffer.setLength(0);
                    break;
                }
                if (buffer.length() < bar + 1 + length) break;
                String message = buffer.substring(bar + 1, bar + 1 + length);
                read(message);
                if (!WATCHED.isEmpty()) {
                    Matcher watched = WATCHED_TEXT.matcher(message);
                    while (watched.find()) {
                        if (WATCHED.containsKey(watched.group())) seen.putIfAbsent(watched.group(), now);
                    }
                }
                Matcher move = MOVE_ID.matcher(message);
                while (move.find()) {
                    int n = Integer.parseInt(move.group(1));
                    if (arrived.putIfAbsent(n, now) == null) {
                        sizes.put(n, length);
                        dump(n, buffer.substring(bar + 1, bar + 1 + length));
                    }
                }
                buffer.delete(0, bar + 1 + length);
            }
            socket.request(1);
            return null;
        }

        @Override
        public void onOpen(WebSocket socket) {
            socket.request(1);
        }
    }

    /** With -Droom.dump=DIR, the message that brought each move is written there, to see what a move costs. */
    private static void dump(int move, String message) {
        String dir = System.getProperty("room.dump");
        if (dir == null) return;
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.writeString(java.nio.file.Path.of(dir, "move-" + move + "-" + System.nanoTime() + ".json"), message);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (heartbeat != null) heartbeat.cancel(false);
        if (push != null) push.abort();
    }

    static CompletableFuture<LightPage> openAsync(String base, String login, String password, String route) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return open(base, login, password, route);
            } catch (Exception e) {
                throw new IllegalStateException("a light page of " + route + " did not open: " + e.getMessage(), e);
            }
        }, Executors.newVirtualThreadPerTaskExecutor());
    }
}
