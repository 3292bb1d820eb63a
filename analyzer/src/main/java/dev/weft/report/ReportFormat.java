package dev.weft.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.report.html.HtmlRenderer;
import dev.weft.report.json.JsonReportCodec;
import dev.weft.report.junit.JUnitXmlRenderer;
import dev.weft.report.sarif.SarifRenderer;
import dev.weft.report.text.TextRenderer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats a report can be rendered in, by the CLI ({@code weft report --format}) and by the agent
 * ({@code format=}), and the file each is written to beside a JSON report ({@code weft.json} gives
 * {@code weft.sarif}, {@code weft.html}, {@code weft.junit.xml}, {@code weft.txt}).
 */
public enum ReportFormat {
    /** The text report of the terminal. */
    TEXT("text", ".txt"),
    /** The JSON report (DESIGN.md). */
    JSON("json", ".json"),
    /** SARIF 2.1.0, for code scanning (GitHub and others). */
    SARIF("sarif", ".sarif"),
    /** JUnit XML, for CI servers' test results. */
    JUNIT("junit", ".junit.xml"),
    /** One self-contained HTML page with graphs and, for controlled runs, the timeline. */
    HTML("html", ".html");

    private final String label;
    private final String suffix;

    ReportFormat(String label, String suffix) {
        this.label = label;
        this.suffix = suffix;
    }

    /** The name users give, e.g. {@code sarif}. */
    public String label() {
        return label;
    }

    /**
     * The format named {@code label} (any case).
     *
     * @throws IllegalArgumentException naming the valid formats
     */
    public static ReportFormat named(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + label + "' (valid: " + labels() + ")"));
    }

    /** Every format's label, comma-separated: {@code text, json, sarif, junit, html}. */
    public static String labels() {
        return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", "));
    }

    /** The file of this format beside the JSON report {@code jsonReport}: its name with {@code .json} replaced. */
    public Path besides(Path jsonReport) {
        String name = jsonReport.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return jsonReport.resolveSibling(stem + suffix);
    }

    /** {@code report} in this format. */
    public String render(Report report) {
        return switch (this) {
            case TEXT -> new TextRenderer().render(report);
            case JSON -> Codec.INSTANCE.write(report);
            case JUNIT -> new JUnitXmlRenderer().render(report);
            case SARIF -> new SarifRenderer().render(Codec.INSTANCE.tree(report));
            case HTML -> new HtmlRenderer().render(Codec.INSTANCE.tree(report));
        };
    }

    /**
     * The report whose JSON form is {@code json} in this format. SARIF and HTML draw from the JSON itself,
     * so they show keys and kinds of newer features that {@link Report} does not model; the others read
     * it into a {@link Report} first.
     *
     * @throws JsonProcessingException when a format that needs the model cannot read {@code json}
     */
    public String render(JsonNode json) throws JsonProcessingException {
        return switch (this) {
            case SARIF -> new SarifRenderer().render(json);
            case HTML -> new HtmlRenderer().render(json);
            case TEXT, JSON, JUNIT -> render(Codec.INSTANCE.read(json));
        };
    }

    /** The JSON codec, built on first use: naming a format (as the agent's options do) must not load Jackson. */
    private static final class Codec {
        static final JsonReportCodec INSTANCE = new JsonReportCodec();
    }
}
