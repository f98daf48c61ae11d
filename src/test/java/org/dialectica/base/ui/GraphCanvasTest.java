package org.dialectica.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The Java side of the canvas: what goes down as properties and calls, what comes up as events. */
@ViewPackages // this package only: no routes, so no Spring beans are needed
class GraphCanvasTest extends BrowserlessTest {
    private final GraphCanvas canvas = new GraphCanvas();

    @BeforeEach
    void attach() {
        UI.getCurrent().add(canvas);
    }

    @Test
    void set_graph_sends_nodes_and_edges_as_one_property() {
        canvas.setGraph(
                List.of(new CanvasNode("t", "Turkey gained most", "thesis", "IN", List.of("focus"), 10.0, 20.0),
                        node("c", "claim", "OUT"),
                        node("e", "evidence", "UNDEC"),
                        new CanvasNode("n", "Not yet labelled", "claim", null)),
                List.of(new CanvasEdge("s1", "c", "t", "support", false, "drawn by a user"),
                        new CanvasEdge("r1", "e", "c", "rebut", false, ""),
                        new CanvasEdge("x1", "c", "e", "conflict", true, "contraries: same subject, opposite direction"),
                        new CanvasEdge("u1", "n", "s1", "undercut", true, "Undercut rule: n denies the inference")));

        JsonNode graph = graph();
        assertThat(ids(graph.get("nodes"))).containsExactly("t", "c", "e", "n");
        assertThat(ids(graph.get("edges"))).containsExactly("s1", "r1", "x1", "u1");

        JsonNode thesis = graph.get("nodes").get(0);
        assertThat(thesis.get("label").asString()).isEqualTo("Turkey gained most");
        assertThat(thesis.get("kind").asString()).isEqualTo("thesis");
        assertThat(thesis.get("status").asString()).isEqualTo("IN");
        assertThat(thesis.get("classes").get(0).asString()).isEqualTo("focus");
        assertThat(thesis.get("x").asDouble()).isEqualTo(10.0);
        assertThat(thesis.get("y").asDouble()).isEqualTo(20.0);

        JsonNode unplaced = graph.get("nodes").get(1);
        assertThat(unplaced.has("x")).as("a node without a position is left to the layout").isFalse();
        assertThat(unplaced.has("hint")).isFalse();
        assertThat(graph.get("nodes").get(3).has("status")).as("unlabelled").isFalse();

        JsonNode support = graph.get("edges").get(0);
        assertThat(support.get("source").asString()).isEqualTo("c");
        assertThat(support.get("target").asString()).isEqualTo("t");
        assertThat(support.get("kind").asString()).isEqualTo("support");
        assertThat(support.get("derived").asBoolean()).isFalse();
        assertThat(support.get("title").asString()).isEqualTo("drawn by a user");

        JsonNode undercut = graph.get("edges").get(3);
        assertThat(undercut.get("target").asString()).as("an undercut targets the support edge").isEqualTo("s1");
        assertThat(undercut.get("derived").asBoolean()).isTrue();
        assertThat(undercut.get("title").asString()).isEqualTo("Undercut rule: n denies the inference");
        assertThat(graph.get("edges").get(2).get("derived").asBoolean()).isTrue();
    }

    /** A debate's move turns a few claims: only they travel, against the base the browser already has. */
    @Test
    void a_small_change_is_sent_as_a_delta_against_the_base_and_a_large_one_as_a_new_base() {
        List<CanvasNode> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) many.add(node("n" + i, "claim", "IN"));
        canvas.setGraph(many, List.of(new CanvasEdge("e", "n0", "n1", "support", false, "")));
        JsonNode base = (JsonNode) canvas.getElement().getPropertyRaw("graph");
        assertThat(base.get("nodes")).hasSize(30);
        assertThat(((JsonNode) canvas.getElement().getPropertyRaw("graphDelta")).get("nodes")).isEmpty();

        List<CanvasNode> moved = new ArrayList<>(many);
        moved.set(3, node("n3", "claim", "OUT"));
        moved.remove(7);
        moved.add(node("new", "claim", "UNDEC"));
        canvas.setGraph(moved, List.of());
        JsonNode delta = (JsonNode) canvas.getElement().getPropertyRaw("graphDelta");
        assertThat(canvas.getElement().getPropertyRaw("graph")).isSameAs(base);
        assertThat(ids(delta.get("nodes"))).containsExactly("n3", "new");
        assertThat(texts(delta.get("removed"))).containsExactlyInAnyOrder("n7", "e");
        assertThat(ids(graph().get("nodes"))).hasSize(30).contains("new").doesNotContain("n7");

        // the change grows with each setGraph against the same base; past a third of it, a new base
        List<CanvasNode> turned = new ArrayList<>();
        for (int i = 0; i < 30; i++) turned.add(node("n" + i, "claim", "OUT"));
        canvas.setGraph(turned, List.of());
        assertThat(canvas.getElement().getPropertyRaw("graph")).isNotSameAs(base);
        assertThat(((JsonNode) canvas.getElement().getPropertyRaw("graphDelta")).get("nodes")).isEmpty();
        assertThat(graph().get("nodes")).hasSize(30);
    }

    @Test
    void clicking_a_node_or_an_edge_fires_its_selection_with_the_id() {
        canvas.setGraph(List.of(node("a", "claim", "IN"), node("b", "thesis", "IN")),
                List.of(new CanvasEdge("ab", "a", "b", "support", false, "")));
        List<String> seen = new ArrayList<>();
        canvas.addNodeSelectedListener(e -> seen.add("node " + e.getId() + (e.isFromClient() ? " from client" : "")));
        canvas.addEdgeSelectedListener(e -> seen.add("edge " + e.getId()));
        canvas.addSelectionClearedListener(e -> seen.add("cleared"));

        fire("graph-node-select", detail().put("event.detail.id", "a"));
        fire("graph-edge-select", detail().put("event.detail.id", "ab"));
        fire("graph-selection-clear", detail());

        assertThat(seen).containsExactly("node a from client", "edge ab", "cleared");
    }

    @Test
    void a_dropped_node_reports_its_place_and_keeps_it_when_the_graph_comes_again_without_positions() {
        List<CanvasNode> nodes = List.of(node("a", "claim", "IN"), node("b", "claim", "OUT"));
        canvas.setGraph(nodes, List.of());
        List<String> moves = new ArrayList<>();
        canvas.addNodeMovedListener(e -> moves.add(e.getId() + "@" + e.getX() + "," + e.getY()));

        fire("graph-node-move", detail().put("event.detail.id", "a").put("event.detail.x", 120.5).put("event.detail.y", -40));
        canvas.setGraph(nodes, List.of());

        assertThat(moves).containsExactly("a@120.5,-40.0");
        assertThat(canvas.getPosition("a")).contains(new NodePosition("a", 120.5, -40));
        JsonNode a = graph().get("nodes").get(0);
        assertThat(a.has("x")).as("not an order to move it").isFalse();
        assertThat(a.get("hint").get("x").asDouble()).isEqualTo(120.5);
        assertThat(a.get("hint").get("y").asDouble()).isEqualTo(-40.0);
        assertThat(graph().get("nodes").get(1).has("hint")).isFalse();
    }

    @Test
    void positions_from_the_automatic_layout_are_reported_and_remembered() {
        canvas.setGraph(List.of(node("a", "claim", "IN"), node("b", "thesis", "IN")), List.of());
        List<NodePosition> reported = new ArrayList<>();
        canvas.addNodesLaidOutListener(e -> reported.addAll(e.getPositions()));
        ObjectNode data = detail();
        var positions = data.putArray("event.detail.positions");
        positions.addObject().put("id", "a").put("x", 0).put("y", 90);
        positions.addObject().put("id", "b").put("x", 0).put("y", 0);

        fire("graph-layout", data);

        assertThat(reported).containsExactly(new NodePosition("a", 0, 90), new NodePosition("b", 0, 0));
        assertThat(canvas.getPosition("b")).contains(new NodePosition("b", 0, 0));
    }

    @Test
    void a_connection_request_names_source_and_target() {
        canvas.setGraph(List.of(node("a", "claim", "IN"), node("b", "claim", "IN")), List.of());
        List<String> requests = new ArrayList<>();
        canvas.addConnectRequestedListener(e -> requests.add(e.getSourceId() + "->" + e.getTargetId()));

        fire("graph-connect", detail().put("event.detail.source", "a").put("event.detail.target", "b"));

        assertThat(requests).containsExactly("a->b");
    }

    @Test
    void highlight_sends_the_ids_and_clear_highlight_sends_none() {
        canvas.highlight(List.of("e", "s2", "c", "s1", "t", "c"));
        assertThat(texts((JsonNode) canvas.getElement().getPropertyRaw("highlighted"))).containsExactly("e", "s2", "c", "s1", "t");

        canvas.clearHighlight();
        assertThat(((JsonNode) canvas.getElement().getPropertyRaw("highlighted")).size()).isZero();
    }

    @Test
    void focus_fit_and_zoom_call_the_element() {
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        canvas.focus("s1");
        canvas.fit();
        canvas.zoomIn();
        canvas.zoomOut();
        roundTrip();

        List<PendingJavaScriptInvocation> calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(calls).hasSize(4);
        assertThat(calls.get(0).getInvocation().getExpression()).contains("focusElement");
        assertThat(calls.get(0).getInvocation().getParameters()).contains("s1");
        assertThat(calls.get(1).getInvocation().getExpression()).contains("fitAll");
        assertThat(calls.get(2).getInvocation().getExpression()).contains("zoomBy");
        assertThat(calls.get(2).getInvocation().getParameters()).contains(1.25);
        assertThat(calls.get(3).getInvocation().getParameters()).contains(0.8);
    }

    @Test
    void filter_hides_kinds_and_optionally_derived_edges() {
        canvas.setFilter(List.of("evidence", "conflict"), false);

        JsonNode filter = (JsonNode) canvas.getElement().getPropertyRaw("filter");
        assertThat(texts(filter.get("hiddenKinds"))).containsExactly("evidence", "conflict");
        assertThat(filter.get("showDerived").asBoolean()).isFalse();
        assertThatThrownBy(() -> canvas.setFilter(List.of("argument"), true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_canvas_is_focusable_and_labelled() {
        assertThat(canvas.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(canvas.getAriaLabel()).contains("Argument map");
        canvas.setAriaLabel("Map: who gained from the 2020 war");
        assertThat(canvas.getElement().getAttribute("aria-label")).isEqualTo("Map: who gained from the 2020 war");
    }

    @Test
    void set_graph_rejects_what_cytoscape_could_not_draw() {
        List<CanvasNode> nodes = List.of(node("a", "claim", "IN"), node("b", "claim", "IN"));
        assertThatThrownBy(() -> canvas.setGraph(nodes, List.of(new CanvasEdge("a", "a", "b", "rebut", false, ""))))
                .hasMessageContaining("duplicate id a");
        assertThatThrownBy(() -> canvas.setGraph(nodes, List.of(new CanvasEdge("r", "a", "z", "rebut", false, ""))))
                .hasMessageContaining("no node z");
        assertThatThrownBy(() -> canvas.setGraph(nodes, List.of(new CanvasEdge("r", "a", "b", "rebut", false, ""),
                new CanvasEdge("u", "b", "r", "undercut", false, ""))))
                .hasMessageContaining("no support edge r");
        assertThat(canvas.getNodes()).isEmpty();
    }

    @Test
    void an_undercut_whose_support_a_filter_left_out_is_left_out_with_it() {
        // a paper filter kept the undercutter c but neither end of the support a -> b it attacks
        canvas.setGraph(List.of(node("c", "evidence", "IN")), List.of(new CanvasEdge("u", "c", "a -> b", "undercut", false, "")));

        assertThat(canvas.getNodes()).extracting(CanvasNode::id).containsExactly("c");
        assertThat(canvas.getEdges()).isEmpty();
        assertThat(graph().get("edges")).isEmpty();
    }

    @Test
    void a_badge_goes_down_with_its_node_and_keeps_through_a_move() {
        CanvasNode commented = new CanvasNode("c", "Claim c", "claim", "IN", List.of(), null, null, new CanvasNode.Badge(2, "2 open comments"));
        canvas.setGraph(List.of(commented, node("d", "claim", "IN")), List.of());

        JsonNode badge = graph().get("nodes").get(0).get("badge");
        assertThat(badge.get("count").asInt()).isEqualTo(2);
        assertThat(badge.get("title").asString()).isEqualTo("2 open comments");
        assertThat(graph().get("nodes").get(1).has("badge")).as("no badge, no field").isFalse();
        assertThat(commented.at(1, 2).badge()).isEqualTo(commented.badge());
        assertThatThrownBy(() -> new CanvasNode.Badge(0, "none")).hasMessageContaining("1 or more");
    }

    @Test
    void records_reject_unknown_kinds_statuses_and_unsafe_class_names() {
        assertThatThrownBy(() -> new CanvasNode("a", "x", "argument", "IN")).hasMessageContaining("kind");
        assertThatThrownBy(() -> new CanvasNode("a", "x", "claim", "ACCEPTED")).hasMessageContaining("status");
        assertThatThrownBy(() -> new CanvasNode("a", "x", "claim", "IN", List.of("x\" ] node"), null, null))
                .hasMessageContaining("style class");
        assertThatThrownBy(() -> new CanvasNode("a", "x", "claim", "IN", List.of("pending"), null, null))
                .hasMessageContaining("canvas's own");
        assertThatThrownBy(() -> new CanvasNode("a", "x", "claim", "IN", List.of(), 1.0, null)).hasMessageContaining("both");
        assertThatThrownBy(() -> new CanvasEdge("e", "a", "b", "attack", false, "")).hasMessageContaining("kind");
    }

    private static CanvasNode node(String id, String kind, String status) {
        return new CanvasNode(id, "Claim " + id, kind, status);
    }

    private JsonNode graph() {
        return canvas.shownGraph();
    }

    private static ObjectNode detail() {
        return JsonNodeFactory.instance.objectNode();
    }

    private void fire(String type, ObjectNode data) {
        new ComponentTester<GraphCanvas>(canvas) {
            void fire() {
                fireDomEvent(type, data);
            }
        }.fire();
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asString()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
