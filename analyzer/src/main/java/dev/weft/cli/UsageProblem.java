package dev.weft.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The one line a bad command line gets: picocli's message, made to say what is valid where picocli's does not
 * (an unknown command lists the commands; a program's {@code java} command given without {@code --} before it,
 * or not at all, shows where it goes), and where to read more.
 */
final class UsageProblem {

    /** The label of the positional parameters that take the program's {@code java} command. */
    static final String JAVA_COMMAND = "COMMAND";

    private UsageProblem() {
    }

    /** The line for {@code problem}, raised while parsing {@code args}, without the leading {@code weft: }. */
    static String describe(CommandLine.ParameterException problem, String[] args) {
        CommandSpec spec = problem.getCommandLine().getCommandSpec();
        String help = " (see: " + spec.qualifiedName() + " --help)";
        String message = problem.getMessage();
        if (spec.parent() == null && (message.startsWith("Unmatched argument") || message.startsWith("Unknown subcommand"))) {
            // picocli's "Unmatched argument at index 0: 'frob'" (weft frob), "Unknown subcommand 'frob'." (weft help frob)
            int quote = message.indexOf('\'');
            String unknown = message.substring(quote + 1, message.indexOf('\'', quote + 1));
            return "unknown command '" + unknown + "' (valid: " + String.join(", ", spec.subcommands().keySet()) + ")" + help;
        }
        if (takesJavaCommand(spec) && !List.of(args).contains("--")) {
            if (problem instanceof CommandLine.MissingParameterException
                    && ((CommandLine.MissingParameterException) problem).getMissing().stream()
                            .anyMatch(p -> p instanceof PositionalParamSpec && JAVA_COMMAND.equals(p.paramLabel()))) {
                return "no java command to run: give it after '--', e.g. " + example(spec) + help;
            }
            if (problem instanceof CommandLine.UnmatchedArgumentException) {
                return message + ": the program's java command goes after '--', e.g. " + example(spec) + help;
            }
        }
        return message + help;
    }

    private static boolean takesJavaCommand(CommandSpec spec) {
        return spec.positionalParameters().stream().anyMatch(p -> JAVA_COMMAND.equals(p.paramLabel()));
    }

    /** {@code weft replay [options] FILE -- java -cp app.jar com.example.Main}, from the command's parameters. */
    static String example(CommandSpec spec) {
        String before = spec.positionalParameters().stream().map(PositionalParamSpec::paramLabel)
                .filter(label -> !JAVA_COMMAND.equals(label)).map(label -> " " + label).collect(Collectors.joining());
        return spec.qualifiedName() + " [options]" + before + " -- java -cp app.jar com.example.Main";
    }
}
