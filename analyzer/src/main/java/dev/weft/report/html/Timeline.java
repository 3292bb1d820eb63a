package dev.weft.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The interleaving of a controlled run, from the report's {@code timeline} (control-contract): an SVG
 * with one lane per thread (a mark at each of its steps) and one lane per CPU (its time slices, coloured
 * by the thread that ran), the steps at a finding's sites outlined, and a table of the last steps.
 */
final class Timeline {

    /** How many of the last steps the table lists. */
    static final int TABLE_STEPS = 24;

    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948",
        "#ff9da7", "#9c755f", "#bab0ac", "#e15759"};
    private static final int LABEL_WIDTH = 170;
    private static final int LANE = 22;
    private static final int GAP = 4;

    /** One step of the timeline. */
    record Step(long step, String thread, int cpu, long slice, String event, String site) {
        static Step of(JsonNode step) {
            return new Step(step.path("step").asLong(), step.path("thread").asText("?"), step.path("cpu").asInt(),
                    step.path("slice").asLong(), step.path("event").asText("")
                            + (step.has("timedOut") ? " (timed out: " + step.path("timedOut").asText() + ")" : ""),
                    step.path("site").asText(""));
        }
    }

    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Integer> threads = new LinkedHashMap<>(); // thread name -> lane, in order of first step
    private final Set<String> findingSites;

    /**
     * @param timeline     the report's {@code timeline} array
     * @param findingSites the sites (stack trace lines) of the report's findings: steps there are outlined
     */
    Timeline(JsonNode timeline, Set<String> findingSites) {
        timeline.forEach(step -> steps.add(Step.of(step)));
        steps.forEach(step -> threads.putIfAbsent(step.thread(), threads.size()));
        this.findingSites = findingSites;
    }

    /** The timeline as an {@code <svg>} element. */
    String svg() {
        int cpus = steps.stream().mapToInt(Step::cpu).max().orElse(0) + 1;
        double width = Math.max(3, Math.min(14, 900.0 / Math.max(1, steps.size())));
        int lanes = threads.size() + cpus;
        int height = 24 + lanes * (LANE + GAP) + 2 * GAP + 16;
        double total = LABEL_WIDTH + steps.size() * width + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"timeline\" role=\"img\" width=\"").append(Html.number(total)).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(Html.number(total)).append(' ').append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        svg.append("<text class=\"axis\" x=\"").append(LABEL_WIDTH).append("\" y=\"14\">step ")
                .append(steps.isEmpty() ? "" : steps.get(0).step() + " \u2192 " + steps.get(steps.size() - 1).step()).append("</text>\n");
        int y = 24;
        for (Map.Entry<String, Integer> thread : threads.entrySet()) {
            laneLabel(svg, y, "thread " + thread.getKey());
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (step.thread().equals(thread.getKey())) {
                    mark(svg, step, LABEL_WIDTH + i * width, y, width, colour(step.thread()));
                }
            }
            y += LANE + GAP;
        }
        y += 2 * GAP;
        for (int cpu = 0; cpu < cpus; cpu++) {
            laneLabel(svg, y, "CPU " + cpu);
            slices(svg, cpu, y, width);
            y += LANE + GAP;
        }
        return svg.append("</svg>\n").toString();
    }

    /** A table of the last {@link #TABLE_STEPS} steps, those at a finding's sites marked. */
    String table() {
        StringBuilder html = new StringBuilder("<table class=\"steps\"><thead><tr><th>step</th><th>thread</th><th>CPU</th>"
                + "<th>slice</th><th>event</th><th>site</th></tr></thead><tbody>\n");
        for (Step step : steps.subList(Math.max(0, steps.size() - TABLE_STEPS), steps.size())) {
            html.append(findingSites.contains(step.site()) ? "<tr class=\"at-finding\">" : "<tr>")
                    .append("<td>").append(step.step()).append("</td><td><span class=\"swatch\" style=\"background:")
                    .append(colour(step.thread())).append("\"></span>").append(Html.escape(step.thread())).append("</td><td>")
                    .append(step.cpu()).append("</td><td>").append(step.slice()).append("</td><td>").append(Html.escape(step.event()))
                    .append("</td><td><code>").append(Html.escape(step.site())).append("</code></td></tr>\n");
        }
        return html.append("</tbody></table>\n").toString();
    }

    /** The number of steps at a finding's sites. */
    long stepsAtFindings() {
        return steps.stream().filter(s -> findingSites.contains(s.site())).count();
    }

    /** The CPU's time slices: from the first to the last step of each, on the CPU's lane. */
    private void slices(StringBuilder svg, int cpu, int y, double width) {
        int first = -1;
        int last = -1;
        for (int i = 0; i <= steps.size(); i++) {
            if (i < steps.size() && steps.get(i).cpu() != cpu) {
                continue;
            }
            if (first >= 0 && (i == steps.size() || steps.get(i).slice() != steps.get(first).slice())) {
                slice(svg, cpu, steps.get(first), steps.get(last), LABEL_WIDTH + first * width, y, (last - first + 1) * width);
                first = -1;
            }
            if (i < steps.size()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
    }

    private void slice(StringBuilder svg, int cpu, Step first, Step last, double x, int y, double w) {
        svg.append("<g class=\"slice\"><title>").append(Html.escape("slice " + first.slice() + " on CPU " + cpu
                        + ": thread " + first.thread() + ", steps " + first.step() + "\u2013" + last.step()))
                .append("</title><rect x=\"").append(Html.number(x)).append("\" y=\"").append(y).append("\" width=\"").append(Html.number(w))
                .append("\" height=\"").append(LANE).append("\" fill=\"").append(colour(first.thread())).append("\"/>");
        if (w > 40) {
            svg.append("<text x=\"").append(Html.number(x + 3)).append("\" y=\"").append(y + 15).append("\">")
                    .append(Html.escape(Html.shortened(first.thread(), (int) (w / 7)))).append("</text>");
        }
        svg.append("</g>\n");
    }

    private void mark(StringBuilder svg, Step step, double x, int y, double width, String colour) {
        boolean atFinding = findingSites.contains(step.site());
        svg.append("<rect class=\"step").append(atFinding ? " at-finding" : "").append("\" x=\"").append(Html.number(x))
                .append("\" y=\"").append(y).append("\" width=\"").append(Html.number(Math.max(1, width - 1))).append("\" height=\"")
                .append(LANE).append("\" fill=\"").append(colour).append("\"><title>")
                .append(Html.escape("step " + step.step() + ": " + step.thread() + " " + step.event() + " at " + step.site()
                        + " (CPU " + step.cpu() + ", slice " + step.slice() + ")" + (atFinding ? ", at a finding's site" : "")))
                .append("</title></rect>\n");
    }

    private static void laneLabel(StringBuilder svg, int y, String label) {
        svg.append("<text class=\"lane\" x=\"4\" y=\"").append(y + 15).append("\">")
                .append(Html.escape(Html.shortened(label, 24))).append("<title>").append(Html.escape(label)).append("</title></text>\n");
    }

    private String colour(String thread) {
        return COLOURS[threads.getOrDefault(thread, 0) % COLOURS.length];
    }
}
