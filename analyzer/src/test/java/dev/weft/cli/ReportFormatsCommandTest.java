package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.report.ControlledRunExample;
import dev.weft.report.ReportExamples;
import dev.weft.report.json.ReportFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code weft report --format sarif|html}, and the CLI's help, version and errors around it. */
class ReportFormatsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int weft(String... args) {
        CommandLine cli = WeftCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path report() throws Exception {
        Path json = dir.resolve("weft.json");
        ReportFiles.writeAtomically(ReportExamples.report(), json);
        return json;
    }

    @Test
    void rendersSarifAndHtmlToAFileOrTheStandardOutput() throws Exception {
        Path sarif = dir.resolve("weft.sarif");
        assertEquals(0, weft("report", report().toString(), "--format", "sarif", "-o", sarif.toString()), err.toString());
        JsonNode log = JSON.readTree(sarif.toFile());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(4, log.path("runs").path(0).path("results").size());
        assertEquals(0, weft("report", report().toString(), "--format", "HTML"), err.toString());
        assertTrue(out.toString().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void sarifAndHtmlShowKeysAndKindsOfNewerFeatures() throws Exception {
        Path json = dir.resolve("controlled.json");
        JSON.writeValue(json.toFile(), ControlledRunExample.report());
        assertEquals(0, weft("report", json.toString(), "--format", "html"), err.toString());
        assertTrue(out.toString().contains("<svg class=\"timeline\""), "the timeline of a controlled run");
        assertEquals(0, weft("report", json.toString(), "--format", "sarif"), err.toString());
        assertTrue(out.toString().contains("\"ruleId\" : \"starvation\""));
    }

    @Test
    void aBadFormatIsOneLineNamingTheValidOnesAndStatus2() throws Exception {
        assertEquals(2, weft("report", report().toString(), "--format", "pdf"));
        assertEquals("weft: Invalid value for option '--format': unknown format 'pdf' (valid: text, json, sarif, junit, html)"
                + " (see: weft report --help)", err.toString().strip());
    }

    @Test
    void anUnreadableReportOrAnUnwritableOutputIsOneLineAndStatus2() throws Exception {
        Path notAReport = Files.writeString(dir.resolve("other.json"), "{\"name\": \"not weft\"}");
        assertEquals(2, weft("report", notAReport.toString(), "--format", "sarif"));
        assertEquals("weft: cannot read the report " + notAReport + " (is it a weft JSON report?): no findings array"
                + " (see: weft report --help)", err.toString().strip());
        StringWriter before = new StringWriter();
        before.write(err.toString());
        assertEquals(2, weft("report", report().toString(), "--format", "html", "-o", dir.toString()));
        assertEquals(1, err.toString().substring(before.toString().length()).strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("is a directory"), err.toString());
    }

    @Test
    void everyCommandHasHelpWithItsExitCodesAndTheVersion() {
        for (String command : new String[] {"report", "run", "analyze", "demo"}) {
            StringWriter help = new StringWriter();
            CommandLine cli = WeftCommand.commandLine();
            cli.setOut(new PrintWriter(help));
            assertEquals(0, cli.execute(command, "--help"), command);
            assertTrue(help.toString().contains("Exit codes:"), command + ": " + help);
            assertTrue(help.toString().contains("  2 "), command + " documents status 2: " + help);
        }
        assertEquals(0, weft("report", "--version"));
        assertTrue(out.toString().startsWith("weft "), out.toString());
        assertEquals(0, weft("--help"));
        assertTrue(out.toString().contains("66"), "the exit code of findings");
    }
}
