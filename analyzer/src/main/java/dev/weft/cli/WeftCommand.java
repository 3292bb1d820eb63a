package dev.weft.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code weft} command line: {@code ./weft <command>} or {@code java -jar analyzer/target/weft.jar <command>}.
 *
 * <p>Exit codes follow DESIGN.md: 0 success, 1 a command's check failed, 2 bad usage, 66 findings made
 * the run fail.
 */
@Command(name = "weft", mixinStandardHelpOptions = true, versionProvider = WeftVersion.class,
        description = "Dynamic deadlock and data-race detector for the JVM.",
        subcommands = {DemoCommand.class, RunCommand.class, AnalyzeCommand.class, ReportCommand.class,
                ExploreCommand.class, ReplayCommand.class, ConfirmCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a check failed (e.g. a demo sample not as expected)", "2:bad usage or unreadable input",
                "66:findings made the run fail"})
public final class WeftCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the CLI and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The configured command line, for {@link #main} and for tests. Bad usage and unreadable input give
     * one line on stderr and status 2; any other failure one line and status 1, never a stack trace.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new WeftCommand());
        commandLine.setParameterExceptionHandler((problem, args) -> {
            problem.getCommandLine().getErr().println("weft: " + UsageProblem.describe(problem, args));
            return CommandLine.ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
            command.getErr().println("weft: " + command.getCommandName() + " failed: " + failure);
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: weft demo, or weft --help)");
    }
}
