package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Race-hunt programs ({@link ExpectedRaces}) run several to a child JVM, one after another
 * ({@link ProgramsInTurn}), the batches {@linkplain TwoAtATime two at a time}: the agent's start, most of a short
 * program's CPU time, is paid once per batch. Each program is still a test of its own, its findings told apart
 * by the source files their accesses name, the program's own and no other's of the batch: its test asserts exactly what it would of
 * the program's report in a JVM of its own, that no finding of the batch goes unclaimed, that the
 * program's {@code main} returned, and that nothing weft threw into the program is in what it wrote to standard error
 * ({@link ProgramErrors}).
 *
 * <p>A program whose expected threads are ones the JDK makes and names once per JVM (numbered as
 * {@code pool-1-thread-1}, {@code ForkJoinPool-1-worker-*}, {@code Thread-0}, or the common pool's workers,
 * which a warm pool and the caller of {@code get} share differently) runs first in its batch, when the JDK's
 * counts and pools are as in a JVM of its own; a program that {@linkplain ExpectedRaces#changesTheJvm changes the JVM}, and one that
 * {@code alone} picks, get a JVM of their own.
 */
final class ProgramBatches {

    /** Programs per batch: about 8 start the agent once for about 8 times its CPU time as one program. */
    static final int SIZE = 8;
    /** Names of threads the JDK makes and names once per JVM: numbered pools and threads, the common pool's workers. */
    private static final Pattern JVM_WIDE_NAME = Pattern.compile("(pool|ForkJoinPool)-\\d.*|Thread-\\d.*|ForkJoinPool\\.commonPool-.*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A run of a batch in a child JVM: {@code mainAndClassNames} ({@code main} of {@link ProgramsInTurn} and the
     * programs' class names) ends the command, the report goes to {@code report}, and the JVM fails after {@code timeout}.
     */
    interface Run {
        ChildJvm.Result run(Path report, List<String> mainAndClassNames, Duration timeout) throws Exception;
    }

    private ProgramBatches() { }

    /**
     * One test per program of package {@code pkg}; each batch runs with {@code run} and must end with the exit status
     * {@code exitStatus} gives it. A racy program in a JVM of its own whose test failed (a race that needs the threads
     * to overlap, which a loaded machine may keep apart) runs again alone, and its test gives that run's outcome.
     */
    static Stream<DynamicTest> tests(List<ExpectedRaces> programs, Predicate<ExpectedRaces> alone, String pkg,
                                     ToIntFunction<List<ExpectedRaces>> exitStatus, Run run) {
        return TwoAtATime.testsInBatches(batches(programs, alone), ExpectedRaces::program, batch -> {
            Path report = ChildJvm.freshDir("batch").resolve("report.json");
            List<String> command = new ArrayList<>(List.of(ProgramsInTurn.class.getName()));
            batch.forEach(program -> command.add(pkg + "." + program.program()));
            ChildJvm.Result result = run.run(report, command, Duration.ofSeconds(60).plusSeconds(30L * (batch.size() - 1)));
            Map<String, List<JsonNode>> claimed = claims(report, batch);
            int expectedStatus = exitStatus.applyAsInt(batch);
            return program -> () -> {
                assertEquals(expectedStatus, result.exitStatus(), result.stderr());
                String name = pkg + "." + program.program();
                String errors = ProgramErrors.of(result.stderr(), name);
                assertTrue(result.stdout().contains(ProgramsInTurn.PREFIX + " " + name + " returned"),
                        () -> name + " did not return under weft; what it wrote to stderr:\n" + errors);
                assertEquals(List.of(), ProgramErrors.thrownByWeft(errors), () -> "weft threw into " + name + ":\n" + errors);
                assertEquals(List.of(), claimed.get(null), () -> "findings of no program of the batch alone:\n" + result.stderr());
                program.assertFindings(claimed.getOrDefault(program.program(), List.of()), result.stderr());
            };
        }, program -> !program.none());
    }

    /**
     * The class path of a batch of programs compiled to {@code classes}: those classes, then {@link ProgramsInTurn}'s when
     * elsewhere, then the jars of the libraries some programs use (test-scoped dependencies of this module, as Maven
     * resolved them for this test: JCTools).
     */
    static String classPath(Path classes) {
        String programs = classes.equals(ChildJvm.TEST_CLASSES) ? classes.toString() : classes + File.pathSeparator + ChildJvm.TEST_CLASSES;
        return programs + File.pathSeparator + jarOf(org.jctools.queues.MpscArrayQueue.class);
    }

    /** The jar (or directory) {@code type} was loaded from. */
    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The batches: a program that {@code alone} picks or that changes the JVM in one of its own; the others in
     * about {@link #SIZE} each, each program whose expected threads the JDK makes once per JVM first in a batch.
     */
    static List<List<ExpectedRaces>> batches(List<ExpectedRaces> programs, Predicate<ExpectedRaces> alone) {
        List<List<ExpectedRaces>> single = new ArrayList<>();
        List<ExpectedRaces> first = new ArrayList<>();
        List<ExpectedRaces> rest = new ArrayList<>();
        for (ExpectedRaces program : programs) {
            if (alone.test(program) || program.changesTheJvm()) {
                single.add(List.of(program));
            } else if (program.threads() != null && Arrays.stream(program.threads()).anyMatch(name -> JVM_WIDE_NAME.matcher(name).matches())) {
                first.add(program);
            } else {
                rest.add(program);
            }
        }
        int count = Math.max(first.size(), (first.size() + rest.size() + SIZE - 1) / SIZE);
        List<List<ExpectedRaces>> batches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batches.add(new ArrayList<>(i < first.size() ? List.of(first.get(i)) : List.of()));
        }
        for (int i = 0; i < rest.size(); i++) {
            batches.get(i % count).add(rest.get(i));
        }
        batches.addAll(single);
        return batches;
    }

    /**
     * The findings of the report at {@code report} by the program of {@code batch} whose source file their accesses
     * name, that of no other program of the batch; under {@code null}, the others.
     */
    private static Map<String, List<JsonNode>> claims(Path report, List<ExpectedRaces> batch) throws IOException {
        Map<String, List<JsonNode>> claimed = new HashMap<>();
        claimed.put(null, new ArrayList<>());
        for (JsonNode finding : JSON.readTree(report.toFile()).path("findings")) {
            List<String> files = new ArrayList<>();
            finding.path("accesses").forEach(access -> files.add(ExpectedRaces.fileOf(access.path("site").asText())));
            String owner = batch.stream().map(ExpectedRaces::program).filter(program -> files.contains(program + ".java")).findFirst().orElse(null);
            boolean onlyItsOwn = owner != null && batch.stream().map(ExpectedRaces::program)
                    .noneMatch(other -> !other.equals(owner) && files.contains(other + ".java"));
            claimed.computeIfAbsent(onlyItsOwn ? owner : null, key -> new ArrayList<>()).add(finding);
        }
        return claimed;
    }
}
