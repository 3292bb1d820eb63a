package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The agent's {@code format=}: every format written beside the JSON report, in a child JVM. */
class ReportFormatsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The SARIF 2.1.0 schema the analyzer's tests validate against. */
    private static final Path SARIF_SCHEMA = Path.of("../analyzer/src/test/resources/sarif/sarif-2.1.0-rtm.5.json");
    private static final String SCRIPT_THREAD = "<script>alert(1)</script>";

    /** Runs {@code ScriptNamedThreads} with every format and returns the JSON report's path. */
    private static Path run(String name) throws Exception {
        Path report = ChildJvm.freshDir(name).resolve("weft.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report
                        + ",format=json+sarif+html+junit,detect=deadlock+lock-order,onDeadlock=halt",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.ScriptNamedThreads"));
        assertEquals(0, result.exitStatus(), "no real deadlock, only a potential one: " + result.stderr());
        assertTrue(result.stdout().contains("done"), result.stderr());
        return report;
    }

    private static List<String> fingerprints(Path sarif) throws Exception {
        List<String> fingerprints = new ArrayList<>();
        for (JsonNode result : JSON.readTree(sarif.toFile()).path("runs").path(0).path("results")) {
            fingerprints.add(result.path("partialFingerprints").toString());
        }
        return fingerprints;
    }

    @Test
    void everyFormatIsWrittenBesideTheJsonReportAndIsValid() throws Exception {
        Path report = run("formats");
        String id = JSON.readTree(report.toFile()).path("findings").path(0).path("id").asText();
        assertTrue(id.startsWith("lock-order:"), id);

        Path sarif = report.resolveSibling("weft.sarif");
        JsonNode log = JSON.readTree(sarif.toFile());
        try (InputStream schema = Files.newInputStream(SARIF_SCHEMA)) {
            Schema sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
            assertEquals(List.of(), sarifSchema.validate(log).stream().map(Object::toString).toList());
        }
        JsonNode result = log.path("runs").path(0).path("results").path(0);
        assertEquals("lock-order", result.path("ruleId").asText());
        assertEquals(id, result.path("partialFingerprints").path("weftFindingId/v1").asText());
        JsonNode primary = result.path("locations").path(0).path("physicalLocation");
        assertEquals("src/main/java/example/app/ScriptNamedThreads.java", primary.path("artifactLocation").path("uri").asText());
        assertTrue(List.of(10, 13).contains(primary.path("region").path("startLine").asInt()), primary.toString());

        String html = Files.readString(report.resolveSibling("weft.html"));
        assertTrue(html.contains("<svg class=\"cycle-graph\""), "the lock-order cycle, drawn");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the thread's name as text");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "and never as markup");

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.resolveSibling("weft.junit.xml").toFile());
        assertEquals("1", junit.getDocumentElement().getAttribute("failures"));
        assertTrue(junit.getElementsByTagName("failure").item(0).getTextContent().contains(SCRIPT_THREAD));
    }

    @Test
    void sarifFingerprintsAreTheSameInTwoRunsOfTheSameProgram() throws Exception {
        List<String> first = fingerprints(run("fingerprints-1").resolveSibling("weft.sarif"));
        List<String> second = fingerprints(run("fingerprints-2").resolveSibling("weft.sarif"));
        assertEquals(1, first.size());
        assertEquals(first, second);
    }
}
