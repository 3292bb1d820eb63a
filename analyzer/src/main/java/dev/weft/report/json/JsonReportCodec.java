package dev.weft.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.report.Report;
import dev.weft.report.TestAttribution;
import dev.weft.trace.Site;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a {@link Report} as JSON (the form DESIGN.md fixes) and reads one back. Sites are written as
 * stack trace lines ({@code com.example.Bank.transfer(Bank.java:31)}). Output is indented and
 * deterministic; keys a reader does not know are ignored, so older readers accept newer reports.
 * In a test run, each finding carries the test it was made in ({@code "test"}, and {@code "outsideTest"}
 * for one made outside any test). Thread-safe.
 */
public final class JsonReportCodec {

    /**
     * The data binding, for reading and for {@link #tree}: made at the first use, since building it and its serializers
     * costs a JVM that only writes reports (the agent's) about 0.2 s of CPU time; {@link ReportWriter} writes.
     */
    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new SimpleModule("weft-sites")
                        .addSerializer(Site.class, new SiteWriter())
                        .addDeserializer(Site.class, new SiteReader()))
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The JSON text of {@code report}. */
    public String write(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes {@code report} to {@code out}, in UTF-8, and leaves it open. */
    public void write(Report report, OutputStream out) throws IOException {
        ReportWriter.write(report, out);
    }

    /**
     * The JSON form of {@code report} as a tree: what renderers that follow the report's JSON contract
     * (SARIF, HTML) draw from.
     */
    public JsonNode tree(Report report) {
        ObjectMapper mapper = Mapper.MAPPER;
        ObjectNode root = mapper.valueToTree(report);
        if (!report.tests().isEmpty()) {
            for (JsonNode finding : root.withArray("findings")) {
                TestAttribution test = report.tests().get(finding.path("id").asText());
                if (test != null) {
                    ((ObjectNode) finding).setAll((ObjectNode) mapper.valueToTree(test)); // each finding's test in it
                }
            }
        }
        return root;
    }

    /**
     * Reads a report's JSON as a tree, keeping keys this version's model does not know (those of newer
     * features); an {@code IOException} says why it is not JSON.
     */
    public JsonNode readTree(InputStream in) throws IOException {
        return Mapper.MAPPER.reader().without(JsonParser.Feature.AUTO_CLOSE_SOURCE).readTree(in);
    }

    /** Reads a report from JSON text; an {@code IOException} says why it is not a weft report. */
    public Report read(String json) throws IOException {
        return report(Mapper.MAPPER.readTree(json));
    }

    /** Reads a report from its JSON tree; the exception says why it is not a weft report. */
    public Report read(JsonNode json) throws JsonProcessingException {
        return report(json);
    }

    /** Reads a report from {@code in}, in UTF-8, and leaves it open. */
    public Report read(InputStream in) throws IOException {
        return report(Mapper.MAPPER.reader().without(JsonParser.Feature.AUTO_CLOSE_SOURCE).readTree(in));
    }

    /** The report of a JSON tree, with the tests its findings carry. */
    private Report report(JsonNode root) throws JsonProcessingException {
        ObjectMapper mapper = Mapper.MAPPER;
        Map<String, TestAttribution> tests = new HashMap<>();
        for (JsonNode finding : root.path("findings")) {
            if (finding.has("test")) {
                tests.put(finding.path("id").asText(), mapper.treeToValue(finding, TestAttribution.class));
            }
        }
        Report report = mapper.treeToValue(root, Report.class);
        return tests.isEmpty() ? report : report.withTests(tests);
    }

    private static final class SiteWriter extends JsonSerializer<Site> {
        @Override
        public void serialize(Site site, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(site.toString());
        }
    }

    private static final class SiteReader extends JsonDeserializer<Site> {
        @Override
        public Site deserialize(JsonParser in, DeserializationContext context) throws IOException {
            try {
                return Site.parse(in.getValueAsString());
            } catch (IllegalArgumentException e) {
                return (Site) context.handleWeirdStringValue(Site.class, in.getValueAsString(), e.getMessage());
            }
        }
    }
}
