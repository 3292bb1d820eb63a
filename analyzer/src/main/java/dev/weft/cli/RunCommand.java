package dev.weft.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code weft run [agent options] -- java ...}: runs a Java command with the agent added, and exits with
 * the command's own exit status (66 when the agent's {@code failOn} or {@code onDeadlock=halt} ended it).
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = WeftVersion.class,
        description = "Run a Java command under the agent: weft run [options] -- java -jar app.jar ...",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"2:bad usage (not a java command, a bad agent option)",
                "66:findings made the run fail (failOn, onDeadlock=halt)", "other:the program's own exit status"})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--agent", paramLabel = "JAR", description = "The agent jar (default: agent/target/weft-agent.jar).")
    private Path agent;

    @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE", converter = AgentOptionConverter.class,
            description = "An agent option, e.g. -o report=weft.json -o onDeadlock=halt (repeatable; see README).")
    private List<String> options = new ArrayList<>();

    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The java command to run, after --.")
    private List<String> command;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path jar = agent == null ? WeftHome.agentJar() : agent;
        if (!Files.isRegularFile(jar)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot find the agent jar " + jar
                    + " (build with: mvn -B -DskipTests package, or run ./weft which builds)");
        }
        Process process = new ProcessBuilder(withAgent(command, jar.toAbsolutePath(), options)).inheritIO().start();
        return process.waitFor();
    }

    /**
     * {@code command} with {@code -javaagent:jar=options} right after the {@code java} executable.
     *
     * @throws CommandLine.ParameterException when the command does not start with a {@code java} executable
     */
    List<String> withAgent(List<String> command, Path jar, List<String> agentOptions) {
        try {
            return JavaCommand.withAgent(command, jar, agentOptions);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + ": " + UsageProblem.example(spec));
        }
    }
}
