package dev.weft.cli;

import dev.weft.cli.control.WatchedRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Class data sharing across the iterations of one search. The JVM of the second iteration writes a dynamic
 * CDS archive of the classes it loaded ({@code -XX:ArchiveClassesAtExit}): the JDK's, the agent's (Jackson,
 * ASM) and the program's that the agent left alone; the later iterations map that archive
 * ({@code -XX:SharedArchiveFile}) instead of loading, parsing and verifying those classes again. The JVM
 * archives no class the agent transformed, and still hands every class it loads, archived or not, to the
 * agent's transformer: each iteration is instrumented exactly as without the archive.
 *
 * <p>HotSpot archives classes with an agent attached only under the diagnostic option
 * {@code AllowArchivingWithJavaAgent}, and then prints a one-line warning on standard error at the start of
 * each JVM that maps the archive. It archives only classes of the class path given at start, and the agent
 * jar joins the class path later ({@code -javaagent} appends it): so the jar is appended to the command's
 * class path too, where the program sees it anyway. The JVM refuses to start when asked to archive with a
 * directory on the class path: so commands whose class path is not all jars, commands without a class path
 * ({@code -jar}, modules), with CDS options of their own (other than {@code -Xshare:auto}, the default),
 * or whose JVM lacks these options run as they are.
 */
final class ClassSharing {

    private static final List<String> UNLOCK = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+AllowArchivingWithJavaAgent");
    /** The iterations that may write the archive: not the first, which often finds the bug and would pay for nothing. */
    private static final int FIRST_DUMP = 2;
    private static final int LAST_DUMP = 3;

    private final List<String> command;
    private final List<String> withAgentJar;
    private Path archive;
    private int iteration;

    private ClassSharing(List<String> command, List<String> withAgentJar, Path archive) {
        this.command = command;
        this.withAgentJar = withAgentJar;
        this.archive = archive;
    }

    /** No class sharing: every iteration runs {@code command} as it is. */
    static ClassSharing none(List<String> command) {
        return new ClassSharing(command, command, null);
    }

    /**
     * The class sharing of a search running {@code command} under the agent {@code agentJar}, its archive
     * at {@code archive} (replaced); one that changes nothing when the command cannot share classes.
     */
    static ClassSharing of(List<String> command, Path agentJar, Path archive) throws IOException {
        Files.deleteIfExists(archive); // an archive of another agent jar or JVM would not map
        int classPath = JavaCommand.classPathIndex(command);
        boolean ownCds = JavaCommand.jvmOptions(command).stream()
                .anyMatch(o -> o.startsWith("-Xshare:") && !o.equals("-Xshare:auto") || o.contains("Archive") || o.contains("AOT"));
        if (classPath < 0 || ownCds || !onlyJars(command.get(classPath))) {
            return none(command);
        }
        List<String> withAgentJar = new ArrayList<>(command);
        withAgentJar.set(classPath, command.get(classPath) + File.pathSeparator + agentJar);
        return new ClassSharing(command, withAgentJar, archive);
    }

    /** True when every entry of {@code classPath} (or {@code --class-path=} and it) is a jar: the JVM archives from no directory. */
    private static boolean onlyJars(String classPath) {
        String entries = classPath.startsWith("--class-path=") ? classPath.substring("--class-path=".length()) : classPath;
        return Arrays.stream(entries.split(File.pathSeparator)).allMatch(entry -> entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry)));
    }

    /** True when the JVM {@code java} has the options (HotSpot, JDK 13 and later): asked with {@code -XX:+PrintFlagsFinal}. */
    private static boolean supported(String java) throws InterruptedException {
        List<String> probe = new ArrayList<>(List.of(java));
        probe.addAll(UNLOCK);
        probe.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
            String flags = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0
                    && flags.contains(" ArchiveClassesAtExit ") && flags.contains(" SharedArchiveFile ");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The command of the next iteration: the first runs as given; the second writes the archive (the third
     * once more when the second wrote none, e.g. killed by the watchdog), and the later ones map it.
     */
    List<String> nextCommand() throws InterruptedException {
        iteration++;
        if (archive != null && iteration == FIRST_DUMP && !supported(command.get(0))) {
            archive = null;
        }
        if (archive == null || iteration < FIRST_DUMP) {
            return command;
        }
        if (Files.isRegularFile(archive)) {
            return JavaCommand.withJvmOptions(withAgentJar, concat(UNLOCK, List.of("-XX:SharedArchiveFile=" + archive)));
        }
        if (iteration <= LAST_DUMP) {
            // the JVM's notes on what it leaves out of the archive would go to the program's standard output
            return JavaCommand.withJvmOptions(withAgentJar, concat(UNLOCK, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off")));
        }
        return command;
    }

    /**
     * True when the JVM of {@code run} refused to start with the options of class sharing (a case the checks
     * before missed): class sharing is then off for the rest of the search, and the iteration must run again.
     */
    boolean refusedBy(WatchedRun run) throws IOException {
        if (archive == null || run.exitStatus() != 1 || !Files.readString(run.stderr()).contains("Error occurred during initialization of VM")) {
            return false;
        }
        delete();
        archive = null;
        return true;
    }

    /** Deletes the archive (about 10 MB). */
    void delete() throws IOException {
        if (archive != null) {
            Files.deleteIfExists(archive);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
