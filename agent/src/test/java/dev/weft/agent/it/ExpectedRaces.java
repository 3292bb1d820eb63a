package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What a race-hunt program expects of its report, as its source says. {@code // weft: expect none} means
 * no finding at all; {@code // weft: expect race FIELD threads=A,B} means only races on {@code FIELD},
 * between exactly threads {@code A} and {@code B} (a {@code *} in a name stands for a number, and then any
 * two of the names will do), whose accesses are exactly at the lines marked {@code // weft: race}; a trailing
 * {@code collection=CLASS} means races on the contents of a collection of that class, held in {@code FIELD}.
 *
 * @param program the program's simple class name
 * @param field   the racing field, or {@code null} when the program is correct
 * @param threads the racing threads' names, or {@code null} when the program is correct
 * @param lines   the marked lines (1-based), as strings
 * @param collection the racing collection's class, or {@code "none"} for a field or an array element
 * @param changesTheJvm the program changes what a later program in the same JVM would meet (a shutdown hook, a
 *                   system property, a default handler of uncaught exceptions, the standard streams, or it ends
 *                   the JVM): {@link ProgramBatches} gives it a JVM of its own
 */
record ExpectedRaces(String program, String field, String[] threads, Set<String> lines, String collection, boolean changesTheJvm) {

    private static final Pattern EXPECT = Pattern.compile("^// weft: expect (none|race (\\S+) threads=(.+?)(?: collection=(\\S+))?)$", Pattern.MULTILINE);
    private static final Pattern FRAME_LINE = Pattern.compile("\\(([^():]+):(\\d+)\\)$");
    /** What in a program's source changes the JVM for a program after it (see {@code changesTheJvm}). */
    static final Pattern CHANGES_THE_JVM = Pattern.compile(
            "addShutdownHook|System\\.set(Property|Properties|Out|Err|In)\\b|setDefaultUncaughtExceptionHandler|System\\.exit|\\.halt\\(");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The simple names of the programs in {@code sources} that declare an expectation, sorted. */
    static Stream<String> programsIn(Path sources) throws IOException {
        try (Stream<Path> files = Files.list(sources)) {
            List<String> names = files.filter(ExpectedRaces::declaresExpectation)
                    .map(file -> file.getFileName().toString().replace(".java", "")).sorted().toList();
            assertFalse(names.isEmpty(), "no programs in " + sources);
            return names.stream();
        }
    }

    /** The expectations of the programs in {@code sources}, sorted by name. */
    static List<ExpectedRaces> allIn(Path sources) throws IOException {
        List<ExpectedRaces> all = new ArrayList<>();
        for (String program : programsIn(sources).toList()) {
            all.add(of(sources.resolve(program + ".java")));
        }
        return all;
    }

    /** The expectation that {@code source} declares. */
    static ExpectedRaces of(Path source) throws IOException {
        String text = Files.readString(source);
        Matcher expect = EXPECT.matcher(text);
        assertTrue(expect.find(), "no '// weft: expect' line in " + source);
        List<String> lines = text.lines().toList();
        Set<String> marked = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("// weft: race"))
                .mapToObj(i -> Integer.toString(i + 1)).collect(Collectors.toCollection(TreeSet::new));
        String program = source.getFileName().toString().replace(".java", "");
        return new ExpectedRaces(program, expect.group(2), expect.group(3) == null ? null : expect.group(3).split(","), marked,
                expect.group(4) == null ? "none" : expect.group(4), CHANGES_THE_JVM.matcher(text).find());
    }

    /** True when the program is correct: its report must hold no finding. */
    boolean none() {
        return field == null;
    }

    /** Asserts that the JSON report at {@code report} holds exactly what is expected; {@code stderr} explains a failure. */
    void assertReport(Path report, String stderr) throws IOException {
        List<JsonNode> findings = new ArrayList<>();
        JSON.readTree(report.toFile()).path("findings").forEach(findings::add);
        assertFindings(findings, stderr);
    }

    /** Asserts that {@code findings} (of a report) are exactly what is expected; {@code stderr} explains a failure. */
    void assertFindings(List<JsonNode> findings, String stderr) {
        if (none()) {
            assertEquals(0, findings.size(), () -> "a correct program is reported:\n" + stderr);
            return;
        }
        assertFalse(findings.isEmpty(), () -> "the race is missed:\n" + stderr);
        Set<String> fields = new TreeSet<>();
        Set<String> racing = new TreeSet<>();
        Set<String> sites = new TreeSet<>();
        Set<String> collections = new TreeSet<>();
        for (JsonNode race : findings) {
            assertEquals("race", race.path("kind").asText());
            fields.add(race.path("field").asText());
            collections.add(race.path("collection").asText("none"));
            for (JsonNode access : race.path("accesses")) {
                racing.add(access.path("thread").asText());
                sites.add(lineIn(access.path("site").asText(), program + ".java"));
            }
        }
        assertEquals(Set.of(field), fields, "the racing field");
        assertEquals(Set.of(collection), collections, "the racing collection");
        assertThreads(racing);
        assertEquals(lines, sites, "the lines of the racing accesses");
    }

    /**
     * The racing threads are exactly the expected ones; when a name has a {@code *} (a number: which workers
     * of a pool take part, and so which pair races first, depends on the machine's cores), at least two
     * threads race and each matches one of the names.
     */
    private void assertThreads(Set<String> racing) {
        if (Arrays.stream(threads).noneMatch(name -> name.contains("*"))) {
            assertEquals(new TreeSet<>(Arrays.asList(threads)), racing, "the racing threads");
            return;
        }
        List<Pattern> names = Arrays.stream(threads).map(name -> Pattern.compile(Pattern.quote(name).replace("*", "\\E\\d+\\Q"))).toList();
        assertTrue(racing.size() >= 2, () -> "racing threads " + racing);
        for (String thread : racing) {
            assertTrue(names.stream().anyMatch(name -> name.matcher(thread).matches()), () -> thread + " races, expected " + Arrays.toString(threads));
        }
    }

    private static boolean declaresExpectation(Path file) {
        try {
            return EXPECT.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's line number when it is in {@code file}, else the whole site, which then matches no mark. */
    private static String lineIn(String site, String file) {
        Matcher m = FRAME_LINE.matcher(site);
        return m.find() && m.group(1).equals(file) ? m.group(2) : site;
    }

    /** The source file a site ({@code Class.method(File.java:N)}) names, or {@code null}. */
    static String fileOf(String site) {
        Matcher m = FRAME_LINE.matcher(site);
        return m.find() ? m.group(1) : null;
    }
}
