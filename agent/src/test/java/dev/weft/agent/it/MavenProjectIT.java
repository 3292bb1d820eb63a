package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sample Maven project ({@code samples/maven-project}), built by Maven in a child process with the
 * agent in Surefire's {@code argLine}: the racy test fails the build, named in Surefire's XML report; the
 * fixed test passes; a suppression silences the race and a stale one is listed.
 */
class MavenProjectIT {

    private static final Path PROJECT = Path.of(System.getProperty("weft.maven.project", "../samples/maven-project")).toAbsolutePath();
    private static final Pattern TEST_CASE = Pattern.compile("<testcase name=\"([^\"]+)\" classname=\"([^\"]+)\"[^>]*?(/>|>\\s*<(failure|error) message=\"([^\"&]*))");

    private record Build(int exitStatus, String output, Path dir) {

        /** Each test case of Surefire's XML reports: {@code class#method} to {@code passed} or its failure's first line. */
        Map<String, String> testCases() throws IOException {
            Map<String, String> cases = new TreeMap<>();
            try (Stream<Path> reports = Files.list(dir.resolve("target/surefire-reports"))) {
                for (Path report : reports.filter(p -> p.getFileName().toString().endsWith(".xml")).toList()) {
                    Matcher m = TEST_CASE.matcher(Files.readString(report));
                    while (m.find()) {
                        cases.put(m.group(2) + "#" + m.group(1), m.group(4) == null ? "passed" : m.group(4) + ": " + m.group(5));
                    }
                }
            }
            return cases;
        }
    }

    /** Copies the project to a fresh directory and runs {@code mvn -o verify} on it with the agent just built. */
    private static Build build(String... properties) throws Exception {
        Path dir = ChildJvm.freshDir("maven-project");
        try (Stream<Path> files = Files.walk(PROJECT)) {
            for (Path file : files.filter(f -> !PROJECT.relativize(f).startsWith("target")).toList()) {
                Path copy = dir.resolve(PROJECT.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        String home = System.getProperty("weft.maven.home");
        List<String> command = new ArrayList<>(List.of(home == null ? "mvn" : Path.of(home, "bin", "mvn").toString(),
                "-B", "-o", "-q", "verify", "-Dweft.agent=" + ChildJvm.AGENT));
        String repo = System.getProperty("weft.maven.repo");
        if (repo != null) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        command.addAll(List.of(properties));
        Path output = dir.resolve("build.log");
        try (CpuSlots slot = CpuSlots.one()) {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the build did not end within 5 minutes: " + Files.readString(output));
            }
            return new Build(process.exitValue(), Files.readString(output), dir);
        }
    }

    @Test
    void theRacyTestFailsTheBuildNamedInSurefiresReportAndTheReportNamesIt() throws Exception {
        Build build = build();

        assertEquals(1, build.exitStatus(), build.output());
        assertEquals(Map.of(
                "com.example.HitCounterTest#countsHitsFromOneThread", "passed",
                "com.example.HitCounterTest#countsHitsFromTwoThreads",
                "failure: weft: race detected during execution of this test (race:",
                "com.example.SafeHitCounterTest#countsHitsFromTwoThreads", "passed"),
                trimIds(build.testCases()), build.output());
        assertFalse(build.output().contains("The forked VM terminated"), "a failed test, not a crashed fork");
        JsonNode race = new ObjectMapper().readTree(build.dir().resolve("target/weft.json").toFile()).path("findings").get(0);
        assertEquals("com.example.HitCounter.hits", race.path("field").asText());
        assertEquals("com.example.HitCounterTest", race.path("test").path("class").asText());
        assertEquals("countsHitsFromTwoThreads", race.path("test").path("method").asText());
    }

    @Test
    void theFixedTestPasses() throws Exception {
        Build build = build("-Dtest=SafeHitCounterTest");

        assertEquals(0, build.exitStatus(), build.output());
        assertEquals(Map.of("com.example.SafeHitCounterTest#countsHitsFromTwoThreads", "passed"), build.testCases());
    }

    @Test
    void aSuppressionSilencesTheKnownRaceAndAStaleOneIsListed() throws Exception {
        Build build = build("-Dweft.options=report=target/weft.json,suppressions=weft.supp");

        assertEquals(0, build.exitStatus(), build.output());
        assertTrue(build.output().contains("weft: suppressions that matched nothing in this run: deadlock:com.example.Ledger.*"),
                build.output());
        JsonNode report = new ObjectMapper().readTree(build.dir().resolve("target/weft.json").toFile());
        assertEquals(0, report.path("findings").size(), report.toString());
        assertEquals("[\"deadlock:com.example.Ledger.*\"]", report.path("unmatchedSuppressions").toString());
    }

    private static Map<String, String> trimIds(Map<String, String> cases) {
        Map<String, String> trimmed = new TreeMap<>();
        cases.forEach((k, v) -> trimmed.put(k, v.replaceAll("race:[0-9a-f]+\\)$", "race:")));
        return trimmed;
    }
}
