package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.report.ReportFormat;
import dev.weft.report.json.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code weft report REPORT.json --format text|json|sarif|junit|html [-o FILE]}: renders a JSON report the agent wrote. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = WeftVersion.class,
        description = "Render a JSON report in another format: text, json, sarif (SARIF 2.1.0 for code scanning), "
                + "junit (JUnit XML for CI servers) or html (one self-contained page with graphs and timelines).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was rendered", "2:bad usage or an unreadable report"})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "REPORT", description = "A JSON report written by the agent (report=PATH) or by weft analyze --json.")
    private Path report;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text, json, sarif, junit or html (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of the standard output.")
    private Path output;

    @Override
    public Integer call() {
        String rendered;
        try {
            JsonNode json = ReportFiles.readTree(report);
            if (!json.path("findings").isArray()) {
                throw new IOException("no findings array");
            }
            rendered = format.render(json);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such report file: " + report);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the report " + report
                    + " (is it a weft JSON report?): " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (output == null) {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o " + output + " is a directory (expected a file path)");
        }
        try {
            ReportFiles.writeAtomically(rendered, output);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot write " + output + ": " + e);
        }
        return 0;
    }

    /** Reads {@code --format} by label, in any case; a bad one names the valid formats. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.named(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
