package dev.weft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code java} command line a user gave weft to run, and the same with weft's agent added. */
final class JavaCommand {

    private JavaCommand() { }

    /**
     * {@code command} with {@code -javaagent:jar=options} right after the {@code java} executable.
     *
     * @throws IllegalArgumentException when the command does not start with a {@code java} executable
     */
    static List<String> withAgent(List<String> command, Path jar, List<String> agentOptions) {
        String executable = Path.of(command.get(0)).getFileName().toString();
        if (!executable.equals("java") && !executable.equals("java.exe")) {
            throw new IllegalArgumentException("the command must start with java (got '" + command.get(0) + "')");
        }
        List<String> result = new ArrayList<>();
        result.add(command.get(0));
        result.add("-javaagent:" + jar + (agentOptions.isEmpty() ? "" : "=" + String.join(",", agentOptions)));
        result.addAll(command.subList(1, command.size()));
        return result;
    }
}
