package dev.weft.report.sarif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.report.Headline;
import dev.weft.trace.Site;
import java.util.List;
import java.util.Optional;

/**
 * A report as a SARIF 2.1.0 log that GitHub code scanning accepts: one run of the tool {@code weft}, a
 * rule per kind of finding ({@link Rule}), a result per finding. A result's primary location is where the
 * bug bites (the current access of a race, the blocking acquisition of a deadlock, the second acquisition
 * of a lock-order cycle's first edge), its related locations the other sites (the other access, each edge
 * of the cycle), its code flow one thread flow per thread involved, its stacks the threads' stacks, and its
 * {@code partialFingerprints} the finding's stable id, so that the same bug is the same alert run after
 * run. File paths are relative to the module's root ({@link SourceFile}).
 *
 * <p>Draws from the report's JSON form, so that kinds and keys of newer features ({@code starvation},
 * {@code test}, {@code confirmed}, {@code unmatchedSuppressions}) show even where the in-memory model does
 * not know them yet. A pure function of its input.
 */
public final class SarifRenderer {

    /** Where the SARIF 2.1.0 schema is published, as GitHub's documentation names it. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The key of the stable id in each result's {@code partialFingerprints}. */
    public static final String FINGERPRINT = "weftFindingId/v1";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** Keys of a finding that go into its result's properties when present. */
    private static final List<String> FINDING_PROPERTIES = List.of("test", "confirmed", "replay", "confirms", "schedule", "detectedBy");
    /** Keys of the report that go into the run's properties when present. */
    private static final List<String> REPORT_PROPERTIES = List.of("run", "notes", "unmatchedSuppressions", "control");

    /** The SARIF log of {@code report}, the JSON form of a weft report. */
    public String render(JsonNode report) {
        try {
            return JSON.writeValueAsString(log(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF", e);
        }
    }

    /** The SARIF log of {@code report} as a JSON tree. */
    public ObjectNode log(JsonNode report) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "weft");
        driver.put("version", report.path("version").asText("dev"));
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            rules.add(rule.descriptor(JSON));
        }
        run.putObject("originalUriBaseIds").putObject(SourceFile.URI_BASE_ID).putObject("description")
                .put("text", "The root of the module whose src/main/java holds the sources.");
        ArrayNode results = run.putArray("results");
        for (JsonNode finding : report.path("findings")) {
            results.add(result(finding));
        }
        ObjectNode properties = JSON.createObjectNode();
        REPORT_PROPERTIES.stream().filter(report::hasNonNull).forEach(key -> properties.set(key, report.get(key)));
        if (!properties.isEmpty()) {
            run.set("properties", properties);
        }
        return log;
    }

    private ObjectNode result(JsonNode finding) {
        Rule rule = Rule.of(finding.path("kind").asText());
        ObjectNode result = JSON.createObjectNode();
        result.put("ruleId", rule.id());
        result.put("ruleIndex", rule.ordinal());
        result.put("kind", "fail");
        result.put("level", rule.level());
        result.putObject("message").put("text", Headline.of(finding));
        Sites sites = Sites.of(finding);
        ArrayNode locations = result.putArray("locations");
        sites.primary().ifPresent(site -> locations.add(location(site, null)));
        ArrayNode related = result.putArray("relatedLocations");
        for (Sites.Described other : sites.related()) {
            ObjectNode location = location(other.site(), other.description());
            location.put("id", related.size() + 1);
            related.add(location);
        }
        result.putObject("partialFingerprints").put(FINGERPRINT, finding.path("id").asText());
        if (!sites.flows().isEmpty()) {
            ArrayNode threadFlows = result.putArray("codeFlows").addObject().putArray("threadFlows");
            for (Sites.Flow flow : sites.flows()) {
                ObjectNode threadFlow = threadFlows.addObject();
                threadFlow.putObject("message").put("text", "thread \"" + flow.thread() + "\"");
                ArrayNode steps = threadFlow.putArray("locations");
                flow.steps().forEach(step -> steps.addObject().set("location", location(step.site(), step.description())));
            }
        }
        if (!sites.stacks().isEmpty()) {
            ArrayNode stacks = result.putArray("stacks");
            for (Sites.Stack stack : sites.stacks()) {
                ObjectNode sarifStack = stacks.addObject();
                sarifStack.putObject("message").put("text", stack.description());
                ArrayNode frames = sarifStack.putArray("frames");
                stack.frames().forEach(frame -> frames.addObject().set("location", location(frame, null)));
            }
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("weftId", finding.path("id").asText());
        FINDING_PROPERTIES.stream().filter(finding::hasNonNull).forEach(key -> properties.set(key, finding.get(key)));
        return result;
    }

    /** A location: the file and line when the site has a file, and always the method as a logical location. */
    private static ObjectNode location(Site site, String description) {
        ObjectNode location = JSON.createObjectNode();
        Optional<String> file = SourceFile.of(site);
        if (file.isPresent()) {
            ObjectNode physical = location.putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", file.get());
            artifact.put("uriBaseId", SourceFile.URI_BASE_ID);
            if (site.line() > 0) {
                physical.putObject("region").put("startLine", site.line());
            }
        }
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("fullyQualifiedName", site.className() + "." + site.method());
        logical.put("kind", "function");
        if (description != null) {
            location.putObject("message").put("text", description);
        }
        return location;
    }
}
