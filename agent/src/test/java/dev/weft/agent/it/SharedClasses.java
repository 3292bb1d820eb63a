package dev.weft.agent.it;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Class data sharing for the child JVMs of the tests: about a quarter less CPU time per child under the agent
 * (its classes, Byte Buddy's, Jackson's and the JDK's beyond the default archive are mapped, not loaded, parsed
 * and verified again), as {@code weft explore --class-sharing} does across its iterations.
 *
 * <p>A command qualifies when it runs the agent under test on a class path of {@link ChildJvm#TEST_CLASSES} or
 * {@link ChildJvm#SAMPLES}, alone or followed by jars (the libraries some programs use; from the second command of
 * such a class path on), with no CDS option of its own. For the first qualifying command of a JVM and class path, a
 * run of a short program of that class path under the agent writes a dynamic archive of what it loaded
 * ({@code -XX:ArchiveClassesAtExit}); every qualifying command then maps it. The JVM archives from jars only and
 * checks the class path against the archive's, so every qualifying command runs on a jar of the test classes (made
 * once per test JVM), its jars, then the agent jar, which {@code -javaagent} appends to the class path anyway. The
 * JVM archives no class the agent transformed and hands every class it loads, archived or not, to the agent: each run is instrumented exactly as without the archive. The JVM's
 * notes about archives are turned off (its warning that an archive was made with an agent, and the CDS log,
 * which would go to standard output). Where the archive cannot be made, commands run as given.
 */
final class SharedClasses {

    private static final List<String> UNLOCK = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+AllowArchivingWithJavaAgent",
            "-XX:-PrintWarnings", "-Xlog:cds*=off");
    private static final Path DIR = ChildJvm.IT_DIR.resolve("shared-classes");

    /** Per JVM and class path, the archive, or null where it could not be made. */
    private static final Map<String, Path> ARCHIVES = new HashMap<>();
    /** The JVMs and class paths with jars that a command used. */
    private static final Set<String> USED = new HashSet<>();
    private static Path testClassesJar;

    private SharedClasses() { }

    /** {@code command} ({@code java} first) as it runs mapping the archive of its JVM and class path; unchanged when it does not qualify. */
    static List<String> command(List<String> command) {
        return command(command, true);
    }

    /**
     * {@code command} ({@code java} first) as it runs mapping the archive of its JVM and class path; unchanged
     * when it does not qualify. With {@code hasAgent} false, a tool such as {@code weft explore} adds the agent.
     */
    static List<String> command(List<String> command, boolean hasAgent) {
        int classPath = command.indexOf("-cp") + 1;
        if (classPath == 0 || classPath >= command.size()
                || hasAgent && command.stream().noneMatch(o -> o.startsWith("-javaagent:" + ChildJvm.AGENT))
                || command.stream().anyMatch(o -> o.startsWith("-Xshare") || o.contains("Archive") || o.contains("AOT"))) {
            return command;
        }
        List<String> entries = List.of(command.get(classPath).split(File.pathSeparator));
        String main;
        Path jar;
        if (entries.get(0).equals(ChildJvm.TEST_CLASSES.toString())) {
            main = "example.app.Transfers"; // a controlled run that ends by itself
            jar = testClassesJar();
        } else if (entries.get(0).equals(ChildJvm.SAMPLES.toString())) {
            main = "dev.weft.samples.race.SharedListRace"; // a race found in a run that ends by itself
            jar = ChildJvm.SAMPLES;
        } else {
            return command;
        }
        List<String> libraries = entries.subList(1, entries.size());
        if (!libraries.stream().allMatch(l -> l.endsWith(".jar") && Files.isRegularFile(Path.of(l)))
                || !libraries.isEmpty() && firstUse(command.get(0) + File.pathSeparator + command.get(classPath))) {
            return command;
        }
        List<String> jars = new ArrayList<>(List.of(jar.toString()));
        jars.addAll(libraries);
        jars.add(ChildJvm.AGENT.toString());
        String jarAndAgent = String.join(File.pathSeparator, jars);
        Path archive = archive(command.get(0), jarAndAgent, main);
        if (archive == null) {
            return command;
        }
        List<String> sharing = new ArrayList<>(command.subList(0, 1));
        sharing.addAll(UNLOCK);
        sharing.add("-XX:SharedArchiveFile=" + archive);
        sharing.addAll(command.subList(1, command.size()));
        sharing.set(classPath + UNLOCK.size() + 1, jarAndAgent);
        return sharing;
    }

    /** The archive of {@code java} on {@code classPath}, made at the first call by a controlled run of {@code main}; null if it could not be. */
    private static Path archive(String java, String classPath, String main) {
        synchronized (ARCHIVES) {
            String key = java + File.pathSeparator + classPath;
            if (!ARCHIVES.containsKey(key)) {
                Path archive = DIR.resolve("classes-" + ARCHIVES.size() + ".jsa");
                List<String> dump = new ArrayList<>(List.of(java));
                dump.addAll(UNLOCK);
                dump.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-XX:TieredStopAtLevel=1",
                        "-javaagent:" + ChildJvm.AGENT + "=mode=control,seed=11,report=" + DIR.resolve("classes-" + ARCHIVES.size() + ".json"),
                        "-cp", classPath, main));
                try {
                    Files.deleteIfExists(archive); // one of an earlier test JVM would not map
                    Process process = new ProcessBuilder(dump).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    if (!process.waitFor(60, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ARCHIVES.put(key, Files.isRegularFile(archive) ? archive : null);
            }
            return ARCHIVES.get(key);
        }
    }

    /**
     * True at the first command of {@code javaAndClassPath}: a class path with jars that one child alone uses (a test's
     * own libraries) would pay for its archive, a JVM of its own, more than it saves.
     */
    private static boolean firstUse(String javaAndClassPath) {
        synchronized (ARCHIVES) {
            return USED.add(javaAndClassPath);
        }
    }

    /** A jar of {@link ChildJvm#TEST_CLASSES}, made at the first call of this JVM. */
    private static Path testClassesJar() {
        synchronized (ARCHIVES) {
            if (testClassesJar == null) {
                Path jar = DIR.resolve("test-classes.jar");
                try {
                    Files.createDirectories(DIR);
                    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                            Stream<Path> files = Files.walk(ChildJvm.TEST_CLASSES)) {
                        for (Path file : files.filter(f -> !f.equals(ChildJvm.TEST_CLASSES)).sorted().toList()) {
                            String name = ChildJvm.TEST_CLASSES.relativize(file).toString().replace(File.separatorChar, '/');
                            boolean directory = Files.isDirectory(file);
                            out.putNextEntry(new JarEntry(directory ? name + "/" : name));
                            if (!directory) {
                                Files.copy(file, (OutputStream) out);
                            }
                            out.closeEntry();
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                testClassesJar = jar;
            }
            return testClassesJar;
        }
    }
}
