package dev.weft.agent.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a child JVM with a hard timeout and collects its exit status and output. */
final class ChildJvm {

    static final Path AGENT = Path.of(System.getProperty("weft.agent.jar", "target/weft-agent.jar")).toAbsolutePath();
    static final Path SAMPLES = Path.of(System.getProperty("weft.samples.jar", "../samples/target/weft-samples.jar")).toAbsolutePath();
    static final Path SAMPLES_SRC = Path.of(System.getProperty("weft.samples.src", "../samples/src/main/java")).toAbsolutePath();
    static final Path IT_DIR = Path.of(System.getProperty("weft.it.dir", "target/it")).toAbsolutePath();
    static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();

    record Result(int exitStatus, String stdout, String stderr) { }

    /**
     * The JIT's first tier only, for a short program run to its end: a third less CPU time than with both
     * tiers (the second compiles code a short run has no time to use), as {@code weft demo} runs the samples.
     */
    static final String SHORT_RUN = "-XX:TieredStopAtLevel=1";

    private ChildJvm() { }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Runs {@code java args...} with {@code java} in a {@linkplain CpuSlots slot} and returns when it ends; fails
     * after 60 s. A run of the agent on the test classes or the samples {@linkplain SharedClasses shares classes}
     * with the others. Unless its own options choose its compilers ({@code Tiered}, {@code PrintCompilation},
     * {@code -Xint}, {@code -Xcomp}), the child runs {@link #SHORT_RUN}: a detecting run of a small program under the
     * agent with the shared archive took 2.8 s of CPU with both tiers, 2.0 s with the first.
     */
    static Result run(Path java, List<String> args) throws IOException, InterruptedException {
        return run(java, args, Duration.ofSeconds(60));
    }

    /** As {@link #run(Path, List)}, failing {@code timeout} after it started. */
    static Result run(Path java, List<String> args, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(IT_DIR);
        Path out = Files.createTempFile(IT_DIR, "child", ".out");
        Path err = Files.createTempFile(IT_DIR, "child", ".err");
        List<String> given = new ArrayList<>();
        given.add(java.toString());
        if (args.stream().noneMatch(o -> o.startsWith("-XX:") && (o.contains("Tiered") || o.contains("PrintCompilation"))
                || o.equals("-Xint") || o.equals("-Xcomp"))) {
            given.add(SHORT_RUN);
        }
        given.addAll(args);
        try (CpuSlots slot = CpuSlots.one()) {
            List<String> command = SharedClasses.command(given);
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("child JVM did not end within " + timeout.toSeconds() + " s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    static Result run(List<String> args) throws IOException, InterruptedException {
        return run(java(), args);
    }

    /** A fresh directory for one test's files. */
    static Path freshDir(String name) throws IOException {
        Files.createDirectories(IT_DIR);
        return Files.createTempDirectory(IT_DIR, name);
    }
}
