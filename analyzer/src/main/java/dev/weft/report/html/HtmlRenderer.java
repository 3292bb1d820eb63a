package dev.weft.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.report.Headline;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A report as one self-contained HTML page: a summary, then each finding with its threads' stacks and its
 * cycle drawn as a graph ({@link CycleGraph}), and for a controlled run its parameters and the timeline of
 * the interleaving ({@link Timeline}). The page loads nothing (no script, font or image from elsewhere;
 * its Content-Security-Policy forbids it), and every name from the watched program is escaped.
 *
 * <p>Draws from the report's JSON form, so that keys of newer features ({@code timeline}, {@code control},
 * {@code test}, {@code unmatchedSuppressions}, kind {@code starvation}) show even where the in-memory model
 * does not know them. A pure function of its input.
 */
public final class HtmlRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FINDING_FACTS = List.of("test", "detectedBy", "confirmed", "replay", "confirms", "schedule");

    /** The page of {@code report}, the JSON form of a weft report. */
    public String render(JsonNode report) {
        JsonNode findings = report.path("findings");
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>weft report: ").append(count(findings.size(), "finding")).append("</title>\n")
                .append("<style>\n").append(Style.CSS).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>weft report</h1><p>weft ").append(Html.escape(report.path("version").asText("?")))
                .append(" \u00b7 ").append(count(findings.size(), "finding")).append("</p></header>\n<main>\n");
        summary(html, report);
        control(html, report);
        int index = 0;
        for (JsonNode finding : findings) {
            finding(html, finding, index++);
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void summary(StringBuilder html, JsonNode report) {
        JsonNode findings = report.path("findings");
        html.append("<section id=\"summary\"><h2>Summary</h2>\n");
        if (findings.isEmpty()) {
            html.append("<p class=\"clean\">No deadlock, potential deadlock or data race found.</p>\n");
        } else {
            Map<String, Integer> kinds = new TreeMap<>();
            findings.forEach(f -> kinds.merge(f.path("kind").asText(), 1, Integer::sum));
            html.append("<p>");
            kinds.forEach((kind, n) -> html.append("<span class=\"badge ").append(Html.escape(kind)).append("\">")
                    .append(Html.escape(kind)).append(": ").append(n).append("</span> "));
            html.append("</p>\n<ol class=\"findings\">\n");
            for (int i = 0; i < findings.size(); i++) {
                html.append("<li><a href=\"#finding-").append(i).append("\">").append(Html.escape(Headline.of(findings.get(i))))
                        .append("</a></li>\n");
            }
            html.append("</ol>\n");
        }
        if (report.path("run").size() > 0) {
            html.append("<h3>Run</h3>\n<table class=\"facts\">\n");
            report.path("run").fields().forEachRemaining(fact -> row(html, fact.getKey(), fact.getValue().asText()));
            html.append("</table>\n");
        }
        list(html, "Notes", report.path("notes"));
        list(html, "Suppressions that matched nothing", report.path("unmatchedSuppressions"));
        html.append("</section>\n");
    }

    private static void control(StringBuilder html, JsonNode report) {
        JsonNode control = report.path("control");
        JsonNode timeline = report.path("timeline");
        if (control.isMissingNode() && timeline.isMissingNode()) {
            return;
        }
        html.append("<section id=\"control\"><h2>Controlled run</h2>\n");
        if (control.isObject()) {
            html.append("<p class=\"parameters\">");
            control.fields().forEachRemaining(p -> html.append("<span><b>").append(Html.escape(p.getKey())).append("</b> ")
                    .append(Html.escape(p.getValue().isValueNode() ? p.getValue().asText() : p.getValue().toString()))
                    .append("</span> "));
            html.append("</p>\n");
        }
        if (timeline.isArray() && !timeline.isEmpty()) {
            Timeline drawn = new Timeline(timeline, findingSites(report.path("findings")));
            html.append("<h3>Timeline</h3>\n<p>One lane per thread (a mark per step) and per CPU (its time slices, ")
                    .append("coloured by the thread that ran). Outlined in red: steps at the sites of a finding (")
                    .append(drawn.stepsAtFindings()).append(").")
                    .append(report.path("timelineTruncated").asBoolean() ? " Only the last steps of the run are shown." : "")
                    .append("</p>\n<div class=\"scroll\">\n").append(drawn.svg()).append("</div>\n")
                    .append("<h3>The last steps</h3>\n").append(drawn.table());
        }
        html.append("</section>\n");
    }

    private static void finding(StringBuilder html, JsonNode finding, int index) {
        String kind = finding.path("kind").asText();
        html.append("<section class=\"finding ").append(Html.escape(kind)).append("\" id=\"finding-").append(index).append("\">\n")
                .append("<h2><span class=\"badge ").append(Html.escape(kind)).append("\">").append(Html.escape(kind))
                .append("</span> <code>").append(Html.escape(finding.path("id").asText())).append("</code></h2>\n")
                .append("<p class=\"headline\">").append(Html.escape(Headline.of(finding))).append("</p>\n");
        StringBuilder facts = new StringBuilder();
        for (String key : FINDING_FACTS) {
            if (finding.hasNonNull(key)) {
                row(facts, key, finding.get(key).isValueNode() ? finding.get(key).asText() : finding.get(key).toString());
            }
        }
        if (!facts.isEmpty()) {
            html.append("<table class=\"facts\">\n").append(facts).append("</table>\n");
        }
        switch (kind) {
            case "deadlock" -> deadlock(html, finding, index);
            case "lock-order" -> lockOrder(html, finding, index);
            case "race" -> race(html, finding);
            case "starvation" -> starvation(html, finding);
            default -> raw(html, finding);
        }
        html.append("</section>\n");
    }

    private static void deadlock(StringBuilder html, JsonNode d, int index) {
        CycleGraph graph = new CycleGraph();
        JsonNode threads = d.path("threads");
        int[] threadNodes = new int[threads.size()];
        int[] lockNodes = new int[threads.size()];
        for (int i = 0; i < threads.size(); i++) {
            JsonNode thread = threads.get(i);
            threadNodes[i] = graph.node(new CycleGraph.Node(thread.path("name").asText(),
                    "thread \"" + thread.path("name").asText() + "\" (id " + thread.path("id").asText() + ")", true));
            lockNodes[i] = graph.node(new CycleGraph.Node(withoutPackage(thread.path("waitsFor").asText()),
                    thread.path("waitsFor").asText(), false));
        }
        for (int i = 0; i < threads.size(); i++) {
            JsonNode thread = threads.get(i);
            JsonNode holder = threads.get((i + 1) % threads.size());
            graph.edge(new CycleGraph.Edge(threadNodes[i], lockNodes[i], "waits for",
                    thread.path("name").asText() + " waits at " + thread.path("waitSite").asText()));
            graph.edge(new CycleGraph.Edge(lockNodes[i], threadNodes[(i + 1) % threads.size()], "held by",
                    "held by " + holder.path("name").asText()));
        }
        html.append("<figure>").append(graph.svg("finding-" + index))
                .append("<figcaption>Wait-for cycle: each thread waits for a lock the next one holds.</figcaption></figure>\n");
        for (JsonNode thread : threads) {
            html.append("<h3>Thread \u201c").append(Html.escape(thread.path("name").asText())).append("\u201d (id ")
                    .append(Html.escape(thread.path("id").asText())).append(") waits for <code>")
                    .append(Html.escape(thread.path("waitsFor").asText())).append("</code></h3>\n");
            stack(html, thread.path("stack"));
            for (JsonNode hold : thread.path("holds")) {
                html.append("<p>holds <code>").append(Html.escape(hold.path("lock").asText())).append("</code> (")
                        .append(Html.escape(hold.path("mode").asText())).append("), taken at:</p>\n");
                stack(html, hold.path("stack"));
            }
        }
    }

    private static void lockOrder(StringBuilder html, JsonNode f, int index) {
        CycleGraph graph = new CycleGraph();
        JsonNode locks = f.path("locks");
        for (int i = 0; i < locks.size(); i++) {
            JsonNode lock = locks.get(i);
            graph.node(new CycleGraph.Node("M" + (i + 1) + " " + withoutPackage(lock.path("name").asText()), lock.path("name").asText()
                    + " (" + lock.path("kind").asText() + ")" + (lock.has("origin") ? ", " + lock.path("origin").asText() : ""), false));
        }
        JsonNode edges = f.path("edges");
        for (int i = 0; i < edges.size(); i++) {
            JsonNode edge = edges.get(i);
            graph.edge(new CycleGraph.Edge(i, (i + 1) % locks.size(), edge.path("thread").asText(),
                    "thread " + edge.path("thread").asText() + " holds " + edge.path("from").asText() + " (taken at "
                            + edge.path("fromSite").asText() + ") and asks for " + edge.path("to").asText() + " at "
                            + edge.path("toSite").asText()));
        }
        html.append("<figure>").append(graph.svg("finding-" + index))
                .append("<figcaption>Lock-order cycle: an edge M1 \u2192 M2 is a thread that held M1 while it asked for M2.")
                .append("</figcaption></figure>\n");
        for (int i = 0; i < edges.size(); i++) {
            JsonNode edge = edges.get(i);
            html.append("<h3>Thread \u201c").append(Html.escape(edge.path("thread").asText())).append("\u201d asks for M")
                    .append((i + 1) % locks.size() + 1).append(" while holding M").append(i + 1).append("</h3>\n");
            stack(html, edge.path("toStack"));
            html.append("<p>M").append(i + 1).append(" taken earlier at:</p>\n");
            stack(html, edge.path("fromStack"));
        }
    }

    private static void race(StringBuilder html, JsonNode r) {
        JsonNode accesses = r.path("accesses");
        for (int i = 0; i < accesses.size(); i++) {
            JsonNode access = accesses.get(i);
            html.append("<h3>").append(i == 0 ? "" : "Earlier ").append(Html.escape(access.path("op").asText()))
                    .append(" by thread \u201c").append(Html.escape(access.path("thread").asText())).append("\u201d</h3>\n");
            stack(html, access.path("stack"));
            List<String> locks = Headline.texts(access.path("locksHeld"));
            html.append("<p>locks held: ").append(locks.isEmpty() ? "none" : Html.escape(String.join(", ", locks))).append("</p>\n");
        }
    }

    private static void starvation(StringBuilder html, JsonNode s) {
        html.append("<p>Spinning thread \u201c").append(Html.escape(s.path("thread").asText())).append("\u201d at <code>")
                .append(Html.escape(s.path("site").asText())).append("</code>; starved: ")
                .append(Html.escape(String.join(", ", Headline.texts(s.path("starved"))))).append("</p>\n");
    }

    private static void raw(StringBuilder html, JsonNode finding) {
        try {
            html.append("<pre>").append(Html.escape(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(finding))).append("</pre>\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot show a finding", e);
        }
    }

    private static void stack(StringBuilder html, JsonNode frames) {
        html.append("<ol class=\"stack\">");
        frames.forEach(frame -> html.append("<li><code>").append(Html.escape(frame.asText())).append("</code></li>"));
        html.append("</ol>\n");
    }

    private static void row(StringBuilder html, String name, String value) {
        html.append("<tr><th>").append(Html.escape(name)).append("</th><td>").append(Html.escape(value)).append("</td></tr>\n");
    }

    private static void list(StringBuilder html, String title, JsonNode items) {
        if (items.isArray() && !items.isEmpty()) {
            html.append("<h3>").append(Html.escape(title)).append("</h3>\n<ul>\n");
            items.forEach(item -> html.append("<li>").append(Html.escape(item.isValueNode() ? item.asText() : item.toString()))
                    .append("</li>\n"));
            html.append("</ul>\n");
        }
    }

    /** Every site of the findings, as stack trace lines: the steps of a timeline at these sites led to them. */
    private static Set<String> findingSites(JsonNode findings) {
        Set<String> sites = new LinkedHashSet<>();
        for (JsonNode finding : findings) {
            finding.findValues("site").forEach(s -> sites.add(s.asText()));
            finding.findValues("waitSite").forEach(s -> sites.add(s.asText()));
            finding.findValues("fromSite").forEach(s -> sites.add(s.asText()));
            finding.findValues("toSite").forEach(s -> sites.add(s.asText()));
        }
        return sites;
    }

    /** A lock's name without its class's package ({@code ReentrantLock@1b6d3586}), to fit in a graph's node. */
    private static String withoutPackage(String lock) {
        int at = lock.indexOf('@');
        int dot = lock.lastIndexOf('.', at < 0 ? lock.length() : at);
        return lock.startsWith("thread ") || dot < 0 ? lock : lock.substring(dot + 1);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
