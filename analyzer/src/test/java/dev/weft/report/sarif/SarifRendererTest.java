package dev.weft.report.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.weft.report.ControlledRunExample;
import dev.weft.report.Report;
import dev.weft.report.ReportExamples;
import dev.weft.report.ReportFormat;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The SARIF 2.1.0 schema (schemastore's sarif-2.1.0-rtm.5.json, the one GitHub code scanning names). */
    static List<String> schemaErrors(String sarif) throws Exception {
        try (InputStream schemaText = SarifRendererTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText);
            List<String> errors = new ArrayList<>();
            for (Error error : schema.validate(JSON.readTree(sarif))) {
                errors.add(error.toString());
            }
            return errors;
        }
    }

    private static JsonNode result(JsonNode log, String ruleId) {
        for (JsonNode result : log.path("runs").path(0).path("results")) {
            if (result.path("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result of rule " + ruleId + " in " + log);
    }

    @Test
    void theLogOfEveryKindOfFindingIsValidSarif210() throws Exception {
        String sarif = new SarifRenderer().render(ControlledRunExample.report());
        assertEquals(List.of(), schemaErrors(sarif));
        String plain = ReportFormat.SARIF.render(ReportExamples.report());
        assertEquals(List.of(), schemaErrors(plain));
        assertEquals(List.of(), schemaErrors(ReportFormat.SARIF.render(Report.of("test"))));
    }

    @Test
    void theToolHasARulePerKindAndEachResultPointsAtItsRule() throws Exception {
        JsonNode log = JSON.readTree(new SarifRenderer().render(ControlledRunExample.report()));
        JsonNode driver = log.path("runs").path(0).path("tool").path("driver");
        assertEquals("weft", driver.path("name").asText());
        assertEquals("0.1.0-test", driver.path("version").asText());
        List<String> rules = new ArrayList<>();
        driver.path("rules").forEach(rule -> rules.add(rule.path("id").asText()));
        assertEquals(List.of("deadlock", "lock-order", "race", "starvation", "other"), rules);
        for (JsonNode result : log.path("runs").path(0).path("results")) {
            assertEquals(result.path("ruleId").asText(), rules.get(result.path("ruleIndex").asInt()));
        }
    }

    @Test
    void aRaceIsAtItsCurrentAccessWithTheEarlierOneRelatedAndTheIdAsFingerprint() throws Exception {
        JsonNode log = JSON.readTree(new SarifRenderer().render(ControlledRunExample.report()));
        JsonNode race = result(log, "race");
        JsonNode primary = race.path("locations").path(0).path("physicalLocation");
        assertEquals("src/main/java/com/example/Account.java", primary.path("artifactLocation").path("uri").asText());
        assertEquals("SRCROOT", primary.path("artifactLocation").path("uriBaseId").asText());
        assertEquals(14, primary.path("region").path("startLine").asInt());
        assertEquals(1, race.path("relatedLocations").size());
        assertEquals(20, race.path("relatedLocations").path(0).path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals(ControlledRunExample.scriptRace().id(), race.path("partialFingerprints").path(SarifRenderer.FINGERPRINT).asText());
        assertTrue(race.path("message").path("text").asText().contains(ControlledRunExample.SCRIPT_THREAD));
        assertEquals("com.example.BankTest#transfers", race.path("properties").path("test").asText());
    }

    @Test
    void aDeadlockIsAtTheBlockingAcquisitionWithEachEdgeOfTheCycleAndAThreadFlowPerThread() throws Exception {
        JsonNode log = JSON.readTree(new SarifRenderer().render(ControlledRunExample.report()));
        JsonNode deadlock = result(log, "deadlock");
        JsonNode primary = deadlock.path("locations").path(0).path("physicalLocation");
        assertEquals("src/main/java/com/example/Bank.java", primary.path("artifactLocation").path("uri").asText());
        assertEquals(31, primary.path("region").path("startLine").asInt());
        assertEquals(4, deadlock.path("relatedLocations").size(), "each thread's hold and wait");
        assertEquals(2, deadlock.path("codeFlows").path(0).path("threadFlows").size());
        assertEquals(2, deadlock.path("stacks").size());
        assertEquals("error", deadlock.path("level").asText());
        assertEquals("run.schedule.json", deadlock.path("properties").path("schedule").asText());
        JsonNode lockOrder = result(log, "lock-order");
        assertEquals(4, lockOrder.path("relatedLocations").size(), "both ends of each edge");
        JsonNode starvation = result(log, "starvation");
        assertEquals("src/main/java/com/example/Spin.java",
                starvation.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertEquals("race:00000000deadbeef", log.path("runs").path(0).path("properties").path("unmatchedSuppressions").path(0).asText());
    }

    @Test
    void sitesWithoutASourceFileHaveOnlyALogicalLocation() {
        JsonNode location = new SarifRenderer().log(JSON.createObjectNode().set("findings", JSON.createArrayNode().add(
                JSON.createObjectNode().put("kind", "starvation").put("id", "starvation:1").put("thread", "t")
                        .put("site", "com.example.Gen.run(Unknown Source)")))).path("runs").path(0).path("results").path(0)
                .path("locations").path(0);
        assertTrue(location.path("physicalLocation").isMissingNode(), location.toString());
        assertEquals("com.example.Gen.run", location.path("logicalLocations").path(0).path("fullyQualifiedName").asText());
    }
}
