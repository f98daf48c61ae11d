package org.dialectica.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.dialectica.base.AfterReply;

/**
 * An argument map drawn with cytoscape.js: typed nodes and edges in, selections, moves and
 * connection requests out. The graph goes to the browser as a base and the change since it (see
 * {@link #sendGraph}); the browser diffs the result against what it shows, so elements that stay
 * keep their place. Nodes without a
 * position are placed by a layered layout in a web worker (first render, {@link #relayout}) or
 * next to their placed neighbours or the selection, where no claim and no line lies, in view if there is room (later additions). A
 * map opens with its text readable: fitted if that keeps the text at 11.5 px or more, otherwise at
 * that size on the theses. Labels too small to read are not drawn; they appear on zooming in.
 *
 * <p>Keyboard, once the canvas has focus: arrow keys move the selection between nodes, Enter
 * reports the selected node or edge, {@code +}/{@code -} zoom, {@code F} fits, {@code C} starts a
 * connection from the selected node (then click the target, or pick it with the arrows and press
 * Enter; Esc cancels), Esc clears the selection. With the mouse: click selects, dragging a node
 * moves it, Shift-dragging from a node onto another asks for a connection between them.
 */
@Tag("dialectica-graph")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@JsModule("./graph-canvas.ts")
public class GraphCanvas extends Component implements HasSize, HasStyle, HasAriaLabel, LocaleChangeObserver {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> FILTERABLE_KINDS;
    /** The canvas's own texts (tooltips, hints, what a screen reader is told), sent in the reader's language. */
    static final List<String> WORDS = List.of("kind.support", "kind.rebut", "kind.undermine", "kind.undercut", "kind.conflict",
            "node.thesis", "node.claim", "node.evidence", "derived", "selected", "connect.cancelled", "connect.drag", "connect.keys",
            "connect.first", "enter.connects", "enter.selects");
    /** The legend's texts, as {@link MapLegend} words them: the pictures of the map carry the legend. */
    static final List<String> LEGEND_WORDS = List.of("legend.status", "legend.in", "legend.out", "legend.undec", "legend.unsupported",
            "legend.kind", "legend.kind.thesis", "legend.kind.claim", "legend.kind.evidence", "legend.lines", "legend.support",
            "legend.attack", "legend.undercut", "legend.drawn", "legend.derived", "legend.conflict");

    /** What a picture of the map is saved as. */
    public enum Picture {
        SVG, PNG;

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static {
        Set<String> kinds = new HashSet<>(CanvasNode.KINDS);
        kinds.addAll(CanvasEdge.KINDS);
        FILTERABLE_KINDS = Set.copyOf(kinds);
    }

    private List<CanvasNode> nodes = List.of();
    private List<CanvasEdge> edges = List.of();
    // Where the browser last put each node, so a re-attached canvas or a later setGraph without
    // positions shows the nodes where the user left them.
    private final Map<String, NodePosition> knownPositions = new HashMap<>();
    /** The graph property as the browser has it; {@code graphDelta} is sent against it. */
    private final Map<String, ObjectNode> baseNodes = new LinkedHashMap<>(), baseEdges = new LinkedHashMap<>();
    private boolean hasBase;
    /** The nodes and edges last given, as sent: what the browser shows once it has applied base and change. */
    private Map<String, ObjectNode> shownNodes = Map.of(), shownEdges = Map.of();
    private boolean firstToShow;
    /** Below this many changed elements the base is never sent again, however small the graph. */
    private static final int REBASE_AT_LEAST = 8;

    public GraphCanvas() {
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "application");
        // pages name their canvas in the reader's language; this is for one that does not
        setAriaLabel("Argument map");
        setHeight("480px");
        setWidthFull();
        addNodeMovedListener(e -> knownPositions.put(e.getId(), new NodePosition(e.getId(), e.getX(), e.getY())));
        addNodesLaidOutListener(e -> e.getPositions().forEach(p -> knownPositions.put(p.id(), p)));
        sendGraph();
        highlight(List.of());
        setFilter(List.of(), true);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        ObjectNode words = JSON.objectNode();
        WORDS.forEach(key -> words.put(key, getTranslation("canvas." + key)));
        LEGEND_WORDS.forEach(key -> words.put(key, getTranslation(key)));
        getElement().setPropertyJson("words", words);
    }

    /**
     * Shows this graph instead of the current one. Node ids and edge ids share one namespace;
     * an undercut's target must be a support edge of the same graph. An undercut whose support is
     * not in the graph at all (a filter hid one of its ends) is left out with it.
     *
     * @throws IllegalArgumentException on a duplicate id or an edge whose ends are missing
     */
    public void setGraph(List<CanvasNode> nodes, List<CanvasEdge> edges) {
        List<CanvasNode> newNodes = List.copyOf(nodes);
        Set<String> edgeIds = new HashSet<>();
        edges.forEach(e -> edgeIds.add(e.id()));
        Set<String> nodeIdsGiven = new HashSet<>();
        newNodes.forEach(n -> nodeIdsGiven.add(n.id()));
        List<CanvasEdge> newEdges = edges.stream()
                .filter(e -> !e.isUndercut() || edgeIds.contains(e.target()) || nodeIdsGiven.contains(e.target())).toList();
        validate(newNodes, newEdges);
        this.nodes = newNodes;
        this.edges = newEdges;
        Set<String> nodeIds = new HashSet<>();
        newNodes.forEach(n -> nodeIds.add(n.id()));
        knownPositions.keySet().retainAll(nodeIds);
        newNodes.stream().filter(CanvasNode::hasPosition)
                .forEach(n -> knownPositions.put(n.id(), new NodePosition(n.id(), n.x(), n.y())));
        sendGraph();
    }

    public List<CanvasNode> getNodes() {
        return nodes;
    }

    public List<CanvasEdge> getEdges() {
        return edges;
    }

    /** Where the node is now, as last given by {@link #setGraph} or reported by the browser. */
    public Optional<NodePosition> getPosition(String nodeId) {
        return Optional.ofNullable(knownPositions.get(nodeId));
    }

    /** Emphasises these nodes and edges (for example a support chain) until the next call; ids not in the graph are ignored. */
    public void highlight(Collection<String> elementIds) {
        ArrayNode ids = JSON.arrayNode();
        new LinkedHashSet<>(elementIds).forEach(ids::add);
        getElement().setPropertyJson("highlighted", ids);
    }

    public void clearHighlight() {
        highlight(List.of());
    }

    /** Centres the view on the node or edge and selects it, without firing a selection event. */
    public void focus(String elementId) {
        CanvasNode.requireId(elementId, "focused element");
        getElement().callJsFunction("focusElement", elementId);
    }

    /**
     * Has the browser save the map as it draws it (filters applied), whole, under the title and the
     * legend, as an SVG or PNG file of this name: the browser draws it, as only it knows where the
     * claims stand and how their text wraps.
     */
    public void downloadPicture(Picture format, String fileName, String title) {
        getElement().callJsFunction("downloadPicture", format.extension(), fileName, title);
    }

    public void fit() {
        getElement().callJsFunction("fitAll");
    }

    /**
     * Lays out every node again; the new positions come back as a {@link NodesLaidOutEvent}
     * once the layout has finished (never from an unfinished one).
     */
    public void relayout() {
        getElement().callJsFunction("relayout");
    }

    public void zoomIn() {
        getElement().callJsFunction("zoomBy", 1.25);
    }

    public void zoomOut() {
        getElement().callJsFunction("zoomBy", 0.8);
    }

    /** What the canvas says while its labels are too small to be drawn (after fitting a big map). */
    public void setZoomNote(String text) {
        getElement().setAttribute("zoom-note", text);
    }

    /**
     * Hides nodes and edges of these kinds (node kinds and edge kinds share one vocabulary), and
     * derived edges unless {@code showDerived}. Edges at a hidden node are hidden with it.
     */
    public void setFilter(Collection<String> hiddenKinds, boolean showDerived) {
        ArrayNode kinds = JSON.arrayNode();
        for (String kind : new LinkedHashSet<>(hiddenKinds)) {
            if (!FILTERABLE_KINDS.contains(kind)) throw new IllegalArgumentException("unknown kind " + kind);
            kinds.add(kind);
        }
        ObjectNode filter = JSON.objectNode();
        filter.set("hiddenKinds", kinds);
        filter.put("showDerived", showDerived);
        getElement().setPropertyJson("filter", filter);
    }

    public Registration addNodeSelectedListener(ComponentEventListener<NodeSelectedEvent> listener) {
        return addListener(NodeSelectedEvent.class, listener);
    }

    public Registration addEdgeSelectedListener(ComponentEventListener<EdgeSelectedEvent> listener) {
        return addListener(EdgeSelectedEvent.class, listener);
    }

    public Registration addSelectionClearedListener(ComponentEventListener<SelectionClearedEvent> listener) {
        return addListener(SelectionClearedEvent.class, listener);
    }

    public Registration addNodeMovedListener(ComponentEventListener<NodeMovedEvent> listener) {
        return addListener(NodeMovedEvent.class, listener);
    }

    public Registration addConnectRequestedListener(ComponentEventListener<ConnectRequestedEvent> listener) {
        return addListener(ConnectRequestedEvent.class, listener);
    }

    public Registration addNodesLaidOutListener(ComponentEventListener<NodesLaidOutEvent> listener) {
        return addListener(NodesLaidOutEvent.class, listener);
    }

    /**
     * Sends the graph as a base and a change since it: the base (property {@code graph}) only
     * when there is none yet or the change has grown past a third of it, otherwise only the nodes
     * and edges that differ from the base (property {@code graphDelta}). A move in a debate turns a
     * few claims; sixty pages each sent the whole map for it. Both are properties, so a page that
     * attaches again gets the two and shows the same graph.
     */
    private void sendGraph() {
        Map<String, ObjectNode> nodesNow = new LinkedHashMap<>(), edgesNow = new LinkedHashMap<>();
        for (CanvasNode n : nodes) nodesNow.put(n.id(), nodeJson(n));
        for (CanvasEdge e : edges) edgesNow.put(e.id(), edgeJson(e));
        ArrayNode changedNodes = changed(baseNodes, nodesNow), changedEdges = changed(baseEdges, edgesNow);
        ArrayNode removed = JSON.arrayNode();
        baseNodes.keySet().stream().filter(id -> !nodesNow.containsKey(id)).forEach(removed::add);
        baseEdges.keySet().stream().filter(id -> !edgesNow.containsKey(id)).forEach(removed::add);
        int changes = changedNodes.size() + changedEdges.size() + removed.size();
        ObjectNode delta = JSON.objectNode();
        if (!hasBase || changes > Math.max(REBASE_AT_LEAST, (nodesNow.size() + edgesNow.size()) / 3)) {
            ObjectNode graph = JSON.objectNode();
            graph.set("nodes", JSON.arrayNode().addAll(nodesNow.values()));
            graph.set("edges", JSON.arrayNode().addAll(edgesNow.values()));
            getElement().setPropertyJson("graph", graph);
            baseNodes.clear();
            baseNodes.putAll(nodesNow);
            baseEdges.clear();
            baseEdges.putAll(edgesNow);
            hasBase = true;
            changedNodes = JSON.arrayNode();
            changedEdges = JSON.arrayNode();
            removed = JSON.arrayNode();
        }
        delta.set("nodes", changedNodes);
        delta.set("edges", changedEdges);
        delta.set("removed", removed);
        getElement().setPropertyJson("graphDelta", delta);
        shownNodes = nodesNow;
        shownEdges = edgesNow;
        // this page made a change whose news is held for the other pages: they are told once it is drawn here
        if (firstToShow && AfterReply.holding()) AfterReply.await(getElement().executeJs("return this.updateComplete.then(() => true)").toCompletableFuture());
    }

    /**
     * The other pages are told of a change made on this page only once this canvas has drawn it (at
     * most {@link AfterReply#PATIENCE} later): a map's editor sees an edit before the colleagues do.
     * Not for a debate's canvas: a move already reaches the mover first, and sixty pages should not
     * wait a round trip of the mover's browser.
     */
    public void showChangesHereFirst() {
        firstToShow = true;
    }

    /** The graph the browser shows once it has applied the base and the change: what was last given, as JSON. */
    ObjectNode shownGraph() {
        ObjectNode shown = JSON.objectNode();
        shown.set("nodes", JSON.arrayNode().addAll(shownNodes.values()));
        shown.set("edges", JSON.arrayNode().addAll(shownEdges.values()));
        return shown;
    }

    private static ArrayNode changed(Map<String, ObjectNode> base, Map<String, ObjectNode> now) {
        ArrayNode changed = JSON.arrayNode();
        now.forEach((id, json) -> {
            if (!json.equals(base.get(id))) changed.add(json);
        });
        return changed;
    }

    private ObjectNode nodeJson(CanvasNode n) {
        ObjectNode o = JSON.objectNode();
        o.put("id", n.id());
        o.put("label", n.label());
        o.put("kind", n.kind());
        if (n.status() != null) o.put("status", n.status());
        ArrayNode classes = o.putArray("classes");
        n.classes().forEach(classes::add);
        if (n.badge() != null) {
            ObjectNode badge = o.putObject("badge");
            badge.put("count", n.badge().count());
            badge.put("title", n.badge().title());
        }
        if (n.hasPosition()) {
            o.put("x", n.x());
            o.put("y", n.y());
        } else if (knownPositions.containsKey(n.id())) {
            // a hint only: used when the browser has no place for the node, never to move it
            NodePosition p = knownPositions.get(n.id());
            ObjectNode hint = o.putObject("hint");
            hint.put("x", p.x());
            hint.put("y", p.y());
        }
        return o;
    }

    private static ObjectNode edgeJson(CanvasEdge e) {
        ObjectNode o = JSON.objectNode();
        o.put("id", e.id());
        o.put("source", e.source());
        o.put("target", e.target());
        o.put("kind", e.kind());
        o.put("derived", e.derived());
        o.put("title", e.title());
        return o;
    }

    private static void validate(List<CanvasNode> nodes, List<CanvasEdge> edges) {
        Set<String> ids = new HashSet<>();
        Set<String> nodeIds = new HashSet<>();
        Set<String> supportIds = new HashSet<>();
        for (CanvasNode n : nodes) {
            if (!ids.add(n.id())) throw new IllegalArgumentException("duplicate id " + n.id());
            nodeIds.add(n.id());
        }
        for (CanvasEdge e : edges) {
            if (!ids.add(e.id())) throw new IllegalArgumentException("duplicate id " + e.id());
            if ("support".equals(e.kind())) supportIds.add(e.id());
        }
        for (CanvasEdge e : edges) {
            if (!nodeIds.contains(e.source())) throw new IllegalArgumentException("edge " + e.id() + ": no node " + e.source());
            if (e.isUndercut()) {
                if (!supportIds.contains(e.target())) {
                    throw new IllegalArgumentException("undercut " + e.id() + ": no support edge " + e.target());
                }
            } else if (!nodeIds.contains(e.target())) {
                throw new IllegalArgumentException("edge " + e.id() + ": no node " + e.target());
            }
        }
    }

    /** The user selected a node: clicked it, or pressed Enter on it. */
    @DomEvent("graph-node-select")
    public static class NodeSelectedEvent extends ComponentEvent<GraphCanvas> {
        private final String id;

        public NodeSelectedEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.id = id;
        }

        public String getId() {
            return id;
        }
    }

    /** The user selected an edge; for an undercut this is the undercut, not the support it attacks. */
    @DomEvent("graph-edge-select")
    public static class EdgeSelectedEvent extends ComponentEvent<GraphCanvas> {
        private final String id;

        public EdgeSelectedEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.id = id;
        }

        public String getId() {
            return id;
        }
    }

    /** The user clicked the background or pressed Esc. */
    @DomEvent("graph-selection-clear")
    public static class SelectionClearedEvent extends ComponentEvent<GraphCanvas> {
        public SelectionClearedEvent(GraphCanvas source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** The user dropped a dragged node here (model coordinates). */
    @DomEvent("graph-node-move")
    public static class NodeMovedEvent extends ComponentEvent<GraphCanvas> {
        private final String id;
        private final double x;
        private final double y;

        public NodeMovedEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String id,
                @EventData("event.detail.x") double x, @EventData("event.detail.y") double y) {
            super(source, fromClient);
            this.id = id;
            this.x = x;
            this.y = y;
        }

        public String getId() {
            return id;
        }

        public double getX() {
            return x;
        }

        public double getY() {
            return y;
        }
    }

    /** The user asked for a new edge from one node to another (C, then the target; or Shift-drag onto it). */
    @DomEvent("graph-connect")
    public static class ConnectRequestedEvent extends ComponentEvent<GraphCanvas> {
        private final String sourceId;
        private final String targetId;

        public ConnectRequestedEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.source") String sourceId,
                @EventData("event.detail.target") String targetId) {
            super(source, fromClient);
            this.sourceId = sourceId;
            this.targetId = targetId;
        }

        public String getSourceId() {
            return sourceId;
        }

        public String getTargetId() {
            return targetId;
        }
    }

    /** The browser placed nodes that came without a position; store these to skip the layout next time. */
    @DomEvent("graph-layout")
    public static class NodesLaidOutEvent extends ComponentEvent<GraphCanvas> {
        private final List<NodePosition> positions;

        public NodesLaidOutEvent(GraphCanvas source, boolean fromClient,
                @EventData("event.detail.positions") NodePosition[] positions) {
            super(source, fromClient);
            this.positions = positions == null ? List.of() : List.copyOf(Arrays.asList(positions));
        }

        public List<NodePosition> getPositions() {
            return positions;
        }
    }
}
