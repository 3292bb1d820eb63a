package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Race detection on programs written to hunt for false and missed races ({@code example.racehunt}, in
 * the test sources): each runs in a child JVM with {@code detect=race}, and its report must hold exactly
 * what the program's {@code // weft: expect} line says. {@code // weft: expect none} means no finding at
 * all; {@code // weft: expect race FIELD threads=A,B} means only races on {@code FIELD}, between exactly
 * threads {@code A} and {@code B} (a {@code *} in a name stands for a number, and then any two of the
 * names will do), whose accesses are exactly at the lines marked {@code // weft: race}; a trailing
 * {@code collection=CLASS} means races on the contents of a collection of that class, held in {@code FIELD}
 * (see {@code CollectionRaceIT}).
 */
class RaceHuntIT {

    private static final Path SOURCES = Path.of("src/test/java/example/racehunt").toAbsolutePath();
    private static final Pattern EXPECT = Pattern.compile(
            "^// weft: expect (none|race (\\S+) threads=(\\S+)(?: collection=(\\S+))?)$", Pattern.MULTILINE);
    private static final Pattern FRAME_LINE = Pattern.compile("\\(([^():]+):(\\d+)\\)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> programs() throws IOException {
        return programsIn(SOURCES);
    }

    /** The programs in this source folder that declare what weft must report. */
    static Stream<String> programsIn(Path sources) throws IOException {
        try (Stream<Path> files = Files.list(sources)) {
            List<String> names = files.filter(RaceHuntIT::declaresExpectation)
                    .map(file -> file.getFileName().toString().replace(".java", "")).sorted().toList();
            assertFalse(names.isEmpty(), "no programs in " + sources);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void reportsExactlyTheExpectedRaces(String program) throws Exception {
        check(SOURCES, "example.racehunt", program);
    }

    /** Runs {@code pkg.program} under the agent and checks its report against the program's expectation. */
    static void check(Path sources, String pkg, String program) throws Exception {
        Path source = sources.resolve(program + ".java");
        String text = Files.readString(source);
        Matcher expect = EXPECT.matcher(text);
        assertTrue(expect.find(), "no '// weft: expect' line in " + source);
        Path report = ChildJvm.freshDir("racehunt").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=detect=race,report=" + report,
                "-cp", ChildJvm.TEST_CLASSES.toString(), pkg + "." + program));
        assertEquals(0, result.exitStatus(), result.stderr());
        JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        if (expect.group(2) == null) {
            assertEquals(0, findings.size(), () -> "a correct program is reported:\n" + result.stderr());
            return;
        }
        assertFalse(findings.isEmpty(), () -> "the race is missed:\n" + result.stderr());
        Set<String> fields = new TreeSet<>();
        Set<String> threads = new TreeSet<>();
        Set<String> sites = new TreeSet<>();
        Set<String> collections = new TreeSet<>();
        for (JsonNode race : findings) {
            assertEquals("race", race.path("kind").asText());
            fields.add(race.path("field").asText());
            collections.add(race.path("collection").asText("none"));
            for (JsonNode access : race.path("accesses")) {
                threads.add(access.path("thread").asText());
                sites.add(lineIn(access.path("site").asText(), program + ".java"));
            }
        }
        assertEquals(Set.of(expect.group(2)), fields, "the racing field");
        assertEquals(Set.of(expect.group(4) == null ? "none" : expect.group(4)), collections, "the racing collection");
        assertThreads(expect.group(3).split(","), threads);
        assertEquals(marked(text), sites, "the lines of the racing accesses");
    }

    /**
     * The racing threads are exactly the expected ones; when a name has a {@code *} (a number: which workers
     * of a pool take part, and so which pair races first, depends on the machine's cores), at least two
     * threads race and each matches one of the names.
     */
    private static void assertThreads(String[] expected, Set<String> threads) {
        if (Arrays.stream(expected).noneMatch(name -> name.contains("*"))) {
            assertEquals(new TreeSet<>(Arrays.asList(expected)), threads, "the racing threads");
            return;
        }
        List<Pattern> names = Arrays.stream(expected).map(name -> Pattern.compile(Pattern.quote(name).replace("*", "\\E\\d+\\Q"))).toList();
        assertTrue(threads.size() >= 2, () -> "racing threads " + threads);
        for (String thread : threads) {
            assertTrue(names.stream().anyMatch(name -> name.matcher(thread).matches()), () -> thread + " races, expected " + Arrays.toString(expected));
        }
    }

    static boolean declaresExpectation(Path file) {
        try {
            return EXPECT.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The site's line number when it is in {@code file}, else the whole site, which then matches no mark. */
    private static String lineIn(String site, String file) {
        Matcher m = FRAME_LINE.matcher(site);
        return m.find() && m.group(1).equals(file) ? m.group(2) : site;
    }

    private static Set<String> marked(String text) {
        List<String> lines = text.lines().toList();
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("// weft: race"))
                .mapToObj(i -> Integer.toString(i + 1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
