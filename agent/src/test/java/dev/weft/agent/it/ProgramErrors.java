package dev.weft.agent.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one program of a batch ({@link ProgramsInTurn}) wrote to standard error, and the stack traces in it of
 * exceptions weft threw into the program: weft's checks must never throw, so a trace in which a frame of weft's
 * comes before the program's first frame fails the program's test, unless that frame only made the call the
 * program asked for (a submission, a task weft wrapped, a lock call), which throws what the JDK's call threw.
 */
final class ProgramErrors {

    /** The classes of weft's runtime whose frames make the program's own call, or run the program's own task. */
    private static final Set<String> PASSING_ON = Set.of("Weft", "Submission", "PassedTasks", "HandedOffTask",
            "CallbackComparator", "HandedOffCollector");

    private ProgramErrors() { }

    /** The lines of {@code stderr} from {@code program}'s start ({@link ProgramsInTurn#started}) to the next program's. */
    static String of(String stderr, String program) {
        int start = stderr.indexOf(ProgramsInTurn.started(program));
        if (start < 0) {
            return stderr;
        }
        int end = stderr.indexOf(ProgramsInTurn.PREFIX, start + 1);
        return stderr.substring(start, end < 0 ? stderr.length() : end);
    }

    /** {@code stderr} of a batch without the lines {@link ProgramsInTurn#started} wrote. */
    static String withoutStarts(String stderr) {
        return stderr.lines().filter(line -> !line.startsWith(ProgramsInTurn.PREFIX)).map(line -> line + "\n")
                .collect(Collectors.joining());
    }

    /** The stack traces in {@code errors} of exceptions weft threw, as they were printed; weft's internal errors too. */
    static List<String> thrownByWeft(String errors) {
        List<String> thrown = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        boolean blamed = false;
        boolean inProgram = false;
        for (String line : errors.lines().toList()) {
            String frame = line.strip();
            if (frame.startsWith("at ")) {
                String method = frame.substring(3).replaceFirst("^[^/]+/", ""); // drop "java.base/"
                boolean weft = method.startsWith("dev.weft.") && !method.startsWith(ProgramErrors.class.getPackageName() + ".");
                if (!inProgram && weft && !passesOn(method)) {
                    blamed = true;
                }
                inProgram |= !weft && !method.matches("(java|javax|jdk|sun|com\\.sun)\\..*"); // the program's, or the tests' main
                trace.add(line);
                continue;
            }
            if (blamed) {
                thrown.add(String.join("\n", trace));
            }
            trace.clear();
            trace.add(line);
            blamed = line.contains("weft: internal error");
            inProgram = false;
        }
        if (blamed) {
            thrown.add(String.join("\n", trace));
        }
        return thrown;
    }

    private static boolean passesOn(String method) {
        String className = method.substring(0, method.lastIndexOf('.', method.indexOf('(')));
        String simple = className.substring(className.lastIndexOf('.') + 1).replaceFirst("\\$.*", "");
        return className.startsWith("dev.weft.runtime.") && PASSING_ON.contains(simple);
    }
}
