package dev.weft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.Report;
import dev.weft.report.json.ReportFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunAndReportCommandTest {

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

    @Test
    void runPutsTheAgentRightAfterTheJavaExecutable() {
        CommandLine cli = WeftCommand.commandLine();
        RunCommand run = cli.getSubcommands().get("run").getCommand();
        List<String> command = run.withAgent(List.of("/opt/jdk/bin/java", "-Xmx1g", "-jar", "app.jar"), Path.of("/w/weft-agent.jar"),
                List.of("report=r.json", "onDeadlock=halt"));
        assertEquals(List.of("/opt/jdk/bin/java", "-javaagent:/w/weft-agent.jar=report=r.json,onDeadlock=halt", "-Xmx1g", "-jar", "app.jar"),
                command);
    }

    @Test
    void runRefusesACommandThatIsNotJava() throws Exception {
        Path jar = Files.createFile(dir.resolve("weft-agent.jar"));
        assertEquals(2, weft("run", "--agent", jar.toString(), "--", "python3", "app.py"));
        assertEquals("weft: the command must start with java (got 'python3'):"
                + " weft run [options] -- java -cp app.jar com.example.Main (see: weft run --help)",
                err.toString().strip());
    }

    @Test
    void reportRendersAJsonReportAsTextOrJson() throws Exception {
        Path json = dir.resolve("report.json");
        ReportFiles.writeAtomically(Report.of("test"), json);
        assertEquals(0, weft("report", json.toString()));
        assertEquals("weft: reported 0 findings", out.toString().strip());
        Path copy = dir.resolve("copy.json");
        assertEquals(0, weft("report", json.toString(), "--format", "json", "-o", copy.toString()));
        assertEquals(Report.of("test"), ReportFiles.read(copy));
    }

    @Test
    void reportRefusesAFileThatIsNoReportInOneLine() throws Exception {
        Path notJson = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertEquals(2, weft("report", notJson.toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("weft: cannot read the report " + notJson + " (is it a weft JSON report?)"), err.toString());
    }
}
