package dev.weft.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code java} command line a user gave weft to run, and the same with weft's agent added. */
final class JavaCommand {

    private static final List<String> CLASS_PATH = List.of("-cp", "-classpath", "--class-path");
    private static final List<String> LAUNCH_OPTIONS = List.of("-jar", "-m", "--module");
    private static final List<String> OPTIONS_WITH_VALUE = List.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--limit-modules", "--add-reads", "--add-exports", "--add-opens",
            "--patch-module", "--enable-native-access");

    /** The agent's main class that runs several schedules of a program in one JVM (in the agent jar, on the class path). */
    static final String SAME_JVM_LAUNCHER = "dev.weft.agent.samejvm.SameJvmLauncher";

    private JavaCommand() { }

    /**
     * {@code command} made to run its program under weft's launcher of several schedules per JVM: {@code java OPTIONS
     * -cp CP MAIN ARGS} (or {@code -jar JAR ARGS}, its main class from the jar's manifest) becomes {@code java OPTIONS
     * -cp CP SameJvmLauncher CP MAIN ARGS}; or {@code null} when the program cannot run so (a module, a jar without
     * a main class, a source file), with why in {@code why}.
     */
    static List<String> underSameJvmLauncher(List<String> command, StringBuilder why) {
        List<String> options = new ArrayList<>(jvmOptions(command));
        int launch = 1 + options.size();
        if (launch >= command.size()) {
            why.append("no main class");
            return null;
        }
        String classPath;
        String mainClass;
        int args;
        if (command.get(launch).equals("-jar") && launch + 1 < command.size()) {
            classPath = command.get(launch + 1);
            mainClass = mainClassOf(Path.of(classPath));
            args = launch + 2;
        } else if (LAUNCH_OPTIONS.contains(command.get(launch)) || command.get(launch).endsWith(".java")) {
            why.append("a module or a source file");
            return null;
        } else {
            int index = classPathIndex(command);
            classPath = index < 0 ? System.getenv().getOrDefault("CLASSPATH", ".") : command.get(index);
            classPath = classPath.startsWith("--class-path=") ? classPath.substring("--class-path=".length()) : classPath;
            mainClass = command.get(launch);
            args = launch + 1;
        }
        if (mainClass == null) {
            why.append("no Main-Class in the jar's manifest");
            return null;
        }
        int index = classPathIndex(command);
        if (index >= 0) { // the class path option and its value
            boolean joined = command.get(index).startsWith("--class-path=");
            options.subList(joined ? index - 1 : index - 2, index).clear();
        }
        List<String> result = new ArrayList<>();
        result.add(command.get(0));
        result.addAll(options);
        result.addAll(List.of("-cp", classPath, SAME_JVM_LAUNCHER, classPath, mainClass));
        result.addAll(command.subList(args, command.size()));
        return result;
    }

    private static String mainClassOf(Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.MAIN_CLASS);
        } catch (java.io.IOException e) {
            return null;
        }
    }

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
        return withJvmOptions(command, List.of("-javaagent:" + jar + (agentOptions.isEmpty() ? "" : "=" + String.join(",", agentOptions))));
    }

    /**
     * {@code command} with {@code -XX:TieredStopAtLevel=1} after the executable, unless its JVM options
     * already choose how to compile: a controlled run is short, and the top tier's compilations cost more
     * than they give there (a third of a run's CPU time).
     */
    static List<String> forShortRun(List<String> command) {
        boolean chosen = jvmOptions(command).stream().anyMatch(option -> option.equals("-Xint") || option.equals("-Xcomp")
                || option.equals("-Xmixed") || option.startsWith("-XX:") && option.contains("Tiered"));
        return chosen ? command : withJvmOptions(command, List.of("-XX:TieredStopAtLevel=1"));
    }

    /** {@code command} with {@code options} right after the executable. */
    static List<String> withJvmOptions(List<String> command, List<String> options) {
        List<String> result = new ArrayList<>(command.size() + options.size());
        result.add(command.get(0));
        result.addAll(options);
        result.addAll(command.subList(1, command.size()));
        return result;
    }

    /** The JVM's own options of {@code command}: its arguments before the main class, {@code -jar} or the module, with their values. */
    static List<String> jvmOptions(List<String> command) {
        int end = 1;
        while (end < command.size() && command.get(end).startsWith("-") && !LAUNCH_OPTIONS.contains(command.get(end))) {
            end += OPTIONS_WITH_VALUE.contains(command.get(end)) ? 2 : 1;
        }
        return command.subList(1, Math.min(end, command.size()));
    }

    /**
     * The index of the class path's value in {@code command} ({@code -cp X}, {@code -classpath X},
     * {@code --class-path X} or {@code --class-path=X}), or -1 when the JVM options give none.
     */
    static int classPathIndex(List<String> command) {
        List<String> options = jvmOptions(command);
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.startsWith("--class-path=")) {
                return i + 1;
            }
            if (CLASS_PATH.contains(option) && i + 1 < options.size()) {
                return i + 2;
            }
        }
        return -1;
    }
}
