package dev.weft.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * A cycle of a finding (threads and the locks they wait for, or locks in the order threads took them)
 * drawn as an SVG graph. Node positions come from JGraphT's {@link CircularLayoutAlgorithm2D}, in cycle
 * order; edges are arcs that bend to one side, so the two edges between a pair of nodes stay apart.
 */
final class CycleGraph {

    private static final double WIDTH = 560;
    private static final double HEIGHT = 340;
    /** The height shown for two nodes or fewer, which the layout puts side by side across the middle. */
    private static final double FLAT_HEIGHT = 180;
    private static final double NODE_WIDTH = 190;
    private static final double NODE_HEIGHT = 34;

    /** A node: a thread or a lock. */
    record Node(String label, String detail, boolean thread) { }

    /** An edge from node {@code from} to node {@code to} (indexes in the node list). */
    record Edge(int from, int to, String label, String detail) { }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    /** Adds a node and returns its index. */
    int node(Node node) {
        nodes.add(node);
        return nodes.size() - 1;
    }

    void edge(Edge edge) {
        edges.add(edge);
    }

    /** The graph as an {@code <svg>} element; {@code id} makes its arrow marker unique in the page. */
    String svg(String id) {
        Graph<Integer, Object> graph = new DirectedMultigraph<>(null, null, false);
        for (int i = 0; i < nodes.size(); i++) {
            graph.addVertex(i);
        }
        edges.forEach(e -> graph.addEdge(e.from(), e.to(), e));
        MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(WIDTH, HEIGHT));
        double radius = nodes.size() == 1 ? 0 : Math.min(WIDTH - NODE_WIDTH, HEIGHT - NODE_HEIGHT) / 2 - 10;
        new CircularLayoutAlgorithm2D<Integer, Object>(radius, Comparator.naturalOrder()).layout(graph, model);

        String marker = "arrow-" + id.replaceAll("[^A-Za-z0-9_-]", "-");
        StringBuilder svg = new StringBuilder();
        double height = nodes.size() <= 2 ? FLAT_HEIGHT : HEIGHT;
        double top = (HEIGHT - height) / 2; // two nodes lie on the middle line: show only the band around it
        svg.append("<svg class=\"cycle-graph\" role=\"img\" viewBox=\"0 ").append(Html.number(top)).append(' ')
                .append(Html.number(WIDTH)).append(' ').append(Html.number(height))
                .append("\" width=\"").append(Html.number(WIDTH)).append("\" height=\"").append(Html.number(height))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.append("<defs><marker id=\"").append(marker).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                .append("markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n");
        for (Edge edge : edges) {
            edge(svg, model.get(edge.from()), model.get(edge.to()), edge, marker);
        }
        for (int i = 0; i < nodes.size(); i++) {
            node(svg, model.get(i), nodes.get(i));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void edge(StringBuilder svg, Point2D from, Point2D to, Edge edge, String marker) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double length = Math.hypot(dx, dy);
        if (length < 1) { // a node to itself: a loop above it
            double x = from.getX();
            double y = from.getY() - NODE_HEIGHT / 2;
            svg.append("<g class=\"edge\"><title>").append(Html.escape(edge.detail())).append("</title>")
                    .append("<path d=\"M").append(Html.number(x - 30)).append(',').append(Html.number(y)).append(" C").append(Html.number(x - 40)).append(',')
                    .append(Html.number(y - 60)).append(' ').append(Html.number(x + 40)).append(',').append(Html.number(y - 60)).append(' ')
                    .append(Html.number(x + 30)).append(',').append(Html.number(y)).append("\" marker-end=\"url(#").append(marker).append(")\"/>")
                    .append(label(x, y - 50, edge.label())).append("</g>\n");
            return;
        }
        // bend to the right of the direction of travel, so that A->B and B->A do not overlap
        double nx = dy / length;
        double ny = -dx / length;
        double bend = Math.min(60, length / 4);
        double cx = (from.getX() + to.getX()) / 2 + nx * bend;
        double cy = (from.getY() + to.getY()) / 2 + ny * bend;
        Point2D start = border(from, cx, cy);
        Point2D end = border(to, cx, cy);
        svg.append("<g class=\"edge\"><title>").append(Html.escape(edge.detail())).append("</title>")
                .append("<path d=\"M").append(Html.number(start.getX())).append(',').append(Html.number(start.getY()))
                .append(" Q").append(Html.number(cx)).append(',').append(Html.number(cy)).append(' ')
                .append(Html.number(end.getX())).append(',').append(Html.number(end.getY()))
                .append("\" marker-end=\"url(#").append(marker).append(")\"/>")
                .append(label((start.getX() + 2 * cx + end.getX()) / 4, (start.getY() + 2 * cy + end.getY()) / 4, edge.label()))
                .append("</g>\n");
    }

    /** Where the line from the centre of the node at {@code center} towards (x, y) leaves the node's box. */
    private static Point2D border(Point2D center, double x, double y) {
        double dx = x - center.getX();
        double dy = y - center.getY();
        double scale = Math.min(Math.abs(dx) < 1e-9 ? Double.MAX_VALUE : (NODE_WIDTH / 2) / Math.abs(dx),
                Math.abs(dy) < 1e-9 ? Double.MAX_VALUE : (NODE_HEIGHT / 2 + 2) / Math.abs(dy));
        return Point2D.of(center.getX() + dx * Math.min(scale, 1), center.getY() + dy * Math.min(scale, 1));
    }

    private static String label(double x, double y, String text) {
        return "<text class=\"edge-label\" x=\"" + Html.number(x) + "\" y=\"" + Html.number(y) + "\">" + Html.escape(Html.shortened(text, 40)) + "</text>";
    }

    private static void node(StringBuilder svg, Point2D at, Node node) {
        svg.append("<g class=\"node ").append(node.thread() ? "thread" : "lock").append("\"><title>")
                .append(Html.escape(node.detail())).append("</title>")
                .append("<rect x=\"").append(Html.number(at.getX() - NODE_WIDTH / 2)).append("\" y=\"").append(Html.number(at.getY() - NODE_HEIGHT / 2))
                .append("\" width=\"").append(Html.number(NODE_WIDTH)).append("\" height=\"").append(Html.number(NODE_HEIGHT))
                .append("\" rx=\"").append(node.thread() ? 17 : 4).append("\"/>")
                .append("<text x=\"").append(Html.number(at.getX())).append("\" y=\"").append(Html.number(at.getY() + 4)).append("\">")
                .append(Html.escape(Html.shortened(node.label(), 28))).append("</text></g>\n");
    }
}
