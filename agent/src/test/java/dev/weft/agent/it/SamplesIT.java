package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.cli.SampleCatalog;
import dev.weft.cli.SampleInfo;
import dev.weft.cli.SampleRun;
import dev.weft.cli.SampleRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every sample in a child JVM under the real agent jar, as {@code weft demo} does, and checks
 * the report against the sample's {@code @Sample} annotation and the {@code // weft: waits},
 * {@code // weft: holds}, {@code // weft: order} and {@code // weft: race} markers in its source: the right
 * kind, the right threads, field and lines, and silence on the correct twins. The samples run
 * {@linkplain TwoAtATime two at a time}, a sample that failed again alone, and the correct ones with the default
 * options {@linkplain SampleBatches several to a JVM}, as {@link NewerJdkIT} runs them.
 */
class SamplesIT {

    private static final Pattern FRAME_LINE = Pattern.compile("\\(([^():]+):(\\d+)\\)$");

    @TestFactory
    Stream<DynamicTest> everySampleGivesExactlyWhatItPromises() throws Exception {
        List<SampleInfo> samples = SampleCatalog.read(ChildJvm.SAMPLES);
        assertFalse(samples.isEmpty(), "no samples found in " + ChildJvm.SAMPLES);
        SampleRunner runner = new SampleRunner(ChildJvm.java(), ChildJvm.AGENT, ChildJvm.SAMPLES,
                ChildJvm.IT_DIR.resolve("samples"), Duration.ofSeconds(30));
        return SampleBatches.tests(samples, runner, SamplesIT::check);
    }

    private static void check(SampleRun run) throws Exception {
        assertNull(run.mismatch(), () -> run.mismatch() + "\n--- stderr:\n" + read(run.stderr()));
        if (!run.sample().expectsFinding()) {
            return;
        }
        JsonNode finding = run.findings().get(0);
        Path source = ChildJvm.SAMPLES_SRC.resolve(run.sample().className().replace('.', '/') + ".java");
        String file = source.getFileName().toString();
        if ("race".equals(run.sample().expect())) {
            Set<Integer> accessLines = new TreeSet<>();
            for (JsonNode race : run.findings()) {
                for (JsonNode access : race.path("accesses")) {
                    addLine(accessLines, access.path("site").asText(), file);
                }
            }
            assertEquals(marked(source, "// weft: race"), accessLines, "lines of the racing accesses");
            assertTrue(read(run.stderr()).contains("race"), "the text report is on stderr");
            return;
        }
        if ("starvation".equals(run.sample().expect())) {
            Set<Integer> spinLines = new TreeSet<>();
            run.findings().forEach(starvation -> addLine(spinLines, starvation.path("site").asText(), file));
            assertEquals(marked(source, "// weft: spins"), spinLines, "the line where the thread spins");
            assertTrue(read(run.stderr()).contains("starvation"), "the text report is on stderr");
            return;
        }
        if ("lock-order".equals(run.sample().expect())) {
            Set<Integer> orderLines = new TreeSet<>();
            Set<Integer> holdLines = new TreeSet<>();
            for (JsonNode inversion : run.findings()) {
                for (JsonNode edge : inversion.path("edges")) {
                    addLine(orderLines, edge.path("toSite").asText(), file);
                    addLine(holdLines, edge.path("fromSite").asText(), file);
                }
            }
            assertEquals(marked(source, "// weft: order"), orderLines, "lines where a thread asks for a lock while holding another");
            assertEquals(marked(source, "// weft: holds"), holdLines, "lines where the held locks were taken");
            assertEquals(run.sample().threads().size(), finding.path("edges").size(), "one edge per thread of the cycle");
            assertEquals(finding.path("edges").size(), finding.path("locks").size(), "as many locks as edges in the cycle");
            assertTrue(read(run.stderr()).contains("lock-order inversion"), "the text report is on stderr");
            return;
        }
        Set<Integer> waitLines = new TreeSet<>();
        Set<Integer> holdLines = new TreeSet<>();
        for (JsonNode thread : finding.path("threads")) {
            addLine(waitLines, thread.path("waitSite").asText(), file);
            for (JsonNode hold : thread.path("holds")) {
                addLine(holdLines, hold.path("site").asText(), file);
            }
        }
        assertEquals(marked(source, "// weft: waits"), waitLines, "lines where the threads wait");
        assertTrue(holdLines.containsAll(marked(source, "// weft: holds")),
                "lines where the cycle's locks were taken: reported " + holdLines + ", marked " + marked(source, "// weft: holds"));
        assertTrue(read(run.stderr()).contains("deadlock"), "the text report is on stderr");
    }

    private static void addLine(Set<Integer> lines, String site, String file) {
        Matcher m = FRAME_LINE.matcher(site);
        if (m.find() && m.group(1).equals(file)) {
            lines.add(Integer.parseInt(m.group(2)));
        }
    }

    private static Set<Integer> marked(Path source, String marker) throws Exception {
        List<String> lines = Files.readAllLines(source);
        Set<Integer> marked = new TreeSet<>();
        IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(marker)).forEach(i -> marked.add(i + 1));
        assertFalse(marked.isEmpty() && !marker.endsWith("holds"), "no '" + marker + "' marker in " + source);
        return marked;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no file " + file + ")";
        }
    }
}
