package dev.weft.cli;

import dev.weft.report.Report;
import dev.weft.report.json.JsonReportCodec;
import dev.weft.report.junit.JUnitXmlRenderer;
import dev.weft.report.json.ReportFiles;
import dev.weft.report.text.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code weft report REPORT.json --format text|json|junit [-o FILE]}: renders a JSON report the agent wrote. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Render a JSON report in another format.")
final class ReportCommand implements Callable<Integer> {

    /** The formats this version renders. */
    enum Format { text, json, junit }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "REPORT", description = "A JSON report written by the agent (report=PATH) or by weft analyze --json.")
    private Path report;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or junit (JUnit XML for CI servers; default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the standard output.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        Report read;
        try {
            read = ReportFiles.read(report);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such report file: " + report);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the report " + report
                    + " (is it a weft JSON report?): " + e.getMessage().lines().findFirst().orElse(""));
        }
        String rendered = switch (format) {
            case text -> new TextRenderer().render(read);
            case json -> new JsonReportCodec().write(read);
            case junit -> new JUnitXmlRenderer().render(read);
        };
        if (output == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
