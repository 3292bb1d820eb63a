package dev.weft.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.cli.control.ControlledRun;
import dev.weft.cli.control.ThreadDump;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/** Prints what a controlled run gave, for {@code explore}, {@code replay} and {@code confirm}. */
final class RunPrinter {

    private static final int ERROR_LINES_SHOWN = 15;

    private RunPrinter() { }

    /** Each finding of {@code run}: a headline, then a line per thread, access or edge. */
    static void findings(PrintWriter out, ControlledRun run) {
        findings(out, run.findings());
    }

    /** Each of {@code findings}: a headline, then a line per thread, access or edge. */
    static void findings(PrintWriter out, List<JsonNode> findings) {
        for (JsonNode finding : findings) {
            out.println("  " + FindingSummary.headline(finding) + " (" + finding.path("id").asText() + ")");
            FindingSummary.details(finding).forEach(line -> out.println("    " + line));
        }
    }

    /** That the program failed, with the end of its standard error (where its exception is). */
    static void failure(PrintWriter out, ControlledRun run) {
        List<String> uncaught = run.process().exitStatus() == 0 ? run.uncaughtException(ERROR_LINES_SHOWN) : null;
        if (uncaught != null) {
            out.println("  a thread of the program died of an uncaught exception (exit status 0):");
            uncaught.forEach(line -> out.println("    " + line));
            return;
        }
        List<String> tail = run.errorTail(ERROR_LINES_SHOWN);
        out.println("  the program failed (exit status " + run.process().exitStatus() + ")"
                + (tail.isEmpty() ? "; its standard error is empty" : "; the end of its standard error:"));
        tail.forEach(line -> out.println("    " + line));
    }

    /** That the run was killed after {@code bound} (of the time it could run), and where its threads were stuck. */
    static void stuck(PrintWriter out, ControlledRun run, Duration bound) {
        ThreadDump dump = run.process().threadDump();
        Duration starved = run.process().starved();
        out.println("  no end within " + DurationConverter.format(bound)
                + (starved.toMillis() >= 1000 ? " (" + DurationConverter.format(run.process().elapsed()) + " in all, "
                + DurationConverter.format(starved) + " of it waiting for a CPU)" : "") + ": killed. Where its threads were:");
        if (dump == null || dump.threads().isEmpty()) {
            out.println("    " + (dump == null ? "no thread dump" : dump.text().lines().findFirst().orElse("no threads")));
            return;
        }
        dump.threads().forEach(thread -> thread.lines().forEach(line -> out.println("    " + line)));
    }
}
