package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.cli.WeftCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code weft explore --schedules-per-jvm}: several schedules in one JVM, each with the program's classes loaded
 * afresh and the system properties, locale and time zone of a fresh JVM, give the schedules, findings and replay files
 * of fresh JVMs, for a {@code main} and for a JUnit test method ({@code --test}); what a shared JVM finds is replayed
 * in a fresh one, which says whether it reproduced it; a program whose threads outlive {@code main} takes a JVM per
 * schedule, and its bug is found all the same. A {@code --test} that is not there is a usage error, and a test JUnit runs
 * on a thread of its own is explored as one on {@code main}.
 */
class SchedulesPerJvmIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int weft(List<String> args, String program) throws InterruptedException {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--agent", ChildJvm.AGENT.toString(), "-o", "include=example.app.", "--"));
        all.addAll(SharedClasses.command(List.of(ChildJvm.java().toString(), ChildJvm.SHORT_RUN, "-cp", ChildJvm.TEST_CLASSES.toString()), false));
        all.add(program);
        return weft(all);
    }

    private int weft(List<String> all) throws InterruptedException {
        out.getBuffer().setLength(0);
        CommandLine cli = WeftCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        try (CpuSlots slot = CpuSlots.one()) {
            return cli.execute(all.toArray(String[]::new));
        }
    }

    /**
     * Seed 5 of random: the singleton's race in the third schedule (seeds 5 and 6 make one registry); a run that found
     * the property, locale or time zone set by an earlier one would start a third thread.
     */
    private int exploreLazyRegistry(Path dir, int perJvm) throws InterruptedException {
        return weft(List.of("explore", "--schedules-per-jvm", Integer.toString(perJvm), "--strategy", "random", "--seed", "5",
                "--iterations", "20", "--out", dir.toString()), "example.app.LazyRegistry");
    }

    @Test
    void aStaticSingletonsRaceIsFoundInTheThirdScheduleOfOneJvmAsInFreshJvmsAndReplaysInAFreshOne() throws Exception {
        Path dir = ChildJvm.freshDir("schedules-per-jvm");
        String found = "weft explore: found a race in iteration 3 ";

        assertEquals(66, exploreLazyRegistry(dir.resolve("shared"), 20), out + "\n" + err);
        assertTrue(out.toString().startsWith(found), out.toString());
        assertTrue(out.toString().contains("\nfresh replay: the schedule replayed in a fresh JVM reproduced it ("), out.toString());
        assertEquals("registered 1, run 3 in this JVM", Files.readString(dir.resolve("shared/iteration-3.out")).strip(),
                "three runs in one JVM, the third with a fresh JVM's properties, locale and time zone");
        JsonNode shared = race(dir.resolve("shared/iteration-3.json"));
        assertEquals("example.app.LazyRegistry.made", shared.path("field").asText(), shared.toString());

        assertEquals(66, exploreLazyRegistry(dir.resolve("fresh"), 1), out + "\n" + err);
        assertTrue(out.toString().startsWith(found), out.toString());
        assertTrue(Files.readString(dir.resolve("fresh/iteration-3.out")).contains("run 1 in this JVM"), "a JVM per run");
        assertFalse(out.toString().contains("fresh replay:"), "no fresh replay of a schedule run in a fresh JVM");
        assertEquals(JSON.readTree(dir.resolve("fresh/iteration-3.schedule.json").toFile()),
                JSON.readTree(dir.resolve("shared/iteration-3.schedule.json").toFile()), "the same seed gives the same schedule");
        assertEquals(sitesOf(shared), sitesOf(race(dir.resolve("fresh/iteration-3.json"))));

        Path replayed = dir.resolve("replay.json");
        assertEquals(66, weft(List.of("replay", dir.resolve("shared/iteration-3.schedule.json").toString(), "--report", replayed.toString()),
                "example.app.LazyRegistry"), out + "\n" + err);
        JsonNode again = race(replayed);
        assertEquals(shared.path("id").asText(), again.path("id").asText(), again.toString());
        assertEquals(sitesOf(shared), sitesOf(again));
        assertFalse(JSON.readTree(replayed.toFile()).path("control").path("diverged").asBoolean(), "not diverged");
    }

    /** The same with --test: the test method runs again per schedule, the JUnit launcher warm, the test's classes afresh. */
    @Test
    void aTestMethodsRaceIsFoundInTheThirdScheduleOfOneJvmAsInFreshJvmsAndReplaysInAFreshOne() throws Exception {
        Path dir = ChildJvm.freshDir("schedules-per-jvm-test");
        String classPath = JUnitRunIT.classPath(); // no include=: the test framework's classes are left alone in controlled runs
        List<String> program = List.of("--", ChildJvm.java().toString(), "-XX:TieredStopAtLevel=1", "-cp", classPath);
        for (String perJvm : List.of("20", "1")) {
            List<String> args = new ArrayList<>(List.of("explore", "--agent", ChildJvm.AGENT.toString(), "--test",
                    "example.app.LazyRegistryChecks#registersFromTwoThreads", "--schedules-per-jvm", perJvm, "--strategy", "random",
                    "--seed", "5", "--iterations", "20", "--out", dir.resolve(perJvm).toString()));
            args.addAll(program);
            assertEquals(66, weft(args), out + "\n" + err);
            assertTrue(out.toString().startsWith("weft explore: found a race in iteration 3 "), out.toString());
            assertEquals("registered 1, run " + (perJvm.equals("1") ? 1 : 3) + " in this JVM",
                    Files.readString(dir.resolve(perJvm + "/iteration-3.out")).strip());
            assertEquals(perJvm.equals("20"), out.toString().contains("\nfresh replay: the schedule replayed in a fresh JVM reproduced it ("),
                    out.toString());
        }
        assertEquals(JSON.readTree(dir.resolve("1/iteration-3.schedule.json").toFile()),
                JSON.readTree(dir.resolve("20/iteration-3.schedule.json").toFile()), "the same seed gives the same schedule");
        JsonNode shared = race(dir.resolve("20/iteration-3.json"));
        assertEquals(sitesOf(shared), sitesOf(race(dir.resolve("1/iteration-3.json"))));
        assertEquals(shared.path("id").asText(), race(dir.resolve("20/iteration-3.replay.json")).path("id").asText());
    }

    /**
     * --test of a method that is not there, of a method that is not a test, of a class that is not there: one line naming
     * what is valid, status 2, no finding; a test JUnit runs on a thread of its own neither hangs nor fails.
     */
    @Test
    void aTestThatIsNotThereIsAUsageErrorAndATestOnJUnitsOwnThreadRuns() throws Exception {
        Path dir = ChildJvm.freshDir("schedules-per-jvm-bad-test");
        Map<String, String> refused = Map.of(
                "example.app.OwnThreadChecks#nope", "weft: no test method 'nope' in example.app.OwnThreadChecks: its test methods are "
                        + "countsOnASeparateThread, countsPreemptively, racesOnASeparateThread",
                "example.app.OwnThreadChecks#helper", "weft: no test method 'helper' in example.app.OwnThreadChecks (helper is a method, "
                        + "but not a test without parameters): its test methods are countsOnASeparateThread, countsPreemptively, racesOnASeparateThread",
                "example.app.NoSuchChecks#nope", "weft: no test class example.app.NoSuchChecks on the class path (is it compiled? "
                        + "the class path's directories: " + ChildJvm.TEST_CLASSES + ")");
        for (Map.Entry<String, String> test : refused.entrySet()) {
            String perJvm = test.getKey().endsWith("helper") ? "1" : "20";
            err.getBuffer().setLength(0);
            assertEquals(2, exploreTest(test.getKey(), perJvm, dir.resolve(perJvm), "1"), out + "\n" + err);
            assertEquals(test.getValue(), err.toString().strip());
            assertEquals("", out.toString(), "no iteration counted");
        }
        for (String test : List.of("countsOnASeparateThread", "countsPreemptively")) {
            assertEquals(0, exploreTest("example.app.OwnThreadChecks#" + test, "20", dir.resolve(test), "1"), out + "\n" + err);
            assertTrue(out.toString().startsWith("weft explore: no finding in 3 schedules "), out.toString());
        }
        // as on the thread main (the test above): the same race in the same schedule, replayed in a fresh JVM
        assertEquals(66, exploreTest("example.app.OwnThreadChecks#racesOnASeparateThread", "20", dir.resolve("races"), "5"), out + "\n" + err);
        assertTrue(out.toString().startsWith("weft explore: found a race in iteration 3 "), out.toString());
        assertTrue(out.toString().contains("\nfresh replay: the schedule replayed in a fresh JVM reproduced it ("), out.toString());
    }

    /** explore --test with the random strategy, the first seed {@code seed}, at most 3 schedules. */
    private int exploreTest(String test, String perJvm, Path dir, String seed) throws Exception {
        List<String> args = new ArrayList<>(List.of("explore", "--agent", ChildJvm.AGENT.toString(), "--test", test,
                "--schedules-per-jvm", perJvm, "--strategy", "random", "--seed", seed, "--iterations", "3", "--out", dir.toString(),
                "--", ChildJvm.java().toString(), "-XX:TieredStopAtLevel=1", "-cp", JUnitRunIT.classPath()));
        return weft(args);
    }

    /** A race that needs state a shared JVM keeps (the default cookie handler): found in schedule 2, not reproduced fresh. */
    @Test
    void aFindingThatNeedsStateTheSharedJvmKeptIsSaidNotToReproduceInAFreshJvm() throws Exception {
        Path dir = ChildJvm.freshDir("schedules-per-jvm-kept");
        assertEquals(66, weft(List.of("explore", "--strategy", "random", "--seed", "1", "--iterations", "5", "--out", dir.toString()),
                "example.app.RaceAfterFirstRun"), out + "\n" + err);
        String printed = out.toString();
        assertTrue(printed.startsWith("weft explore: found a race in iteration 2 "), printed);
        assertTrue(printed.contains("\nfresh replay: the schedule replayed in a fresh JVM did NOT reproduce it: "), printed);
        assertEquals("first run", Files.readString(dir.resolve("iteration-2.replay.out")).strip());
    }

    @Test
    void aProgramWhoseDaemonPoolOutlivesMainTakesAJvmPerScheduleAndItsRaceIsFound() throws Exception {
        Path dir = ChildJvm.freshDir("schedules-per-jvm-daemons");
        assertEquals(66, weft(List.of("explore", "--strategy", "random", "--seed", "5", "--iterations", "20", "--out", dir.toString()),
                "example.app.DaemonPoolRegistry"), out + "\n" + err);
        String printed = out.toString();
        assertTrue(printed.startsWith("weft explore: iteration 1 (seed 5): threads \"Thread-0\", \"Thread-1\" outlived its main; "
                + "the next schedule runs in a new JVM"), printed);
        assertTrue(printed.contains("found a race in iteration 2 "), printed);
        assertEquals("example.app.DaemonPoolRegistry.made", race(dir.resolve("iteration-2.json")).path("field").asText());
    }

    private static JsonNode race(Path report) throws Exception {
        JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("race", findings.get(0).path("kind").asText(), findings.toString());
        return findings.get(0);
    }

    private static List<String> sitesOf(JsonNode race) {
        List<String> sites = new ArrayList<>();
        race.path("accesses").forEach(access -> sites.add(access.path("thread").asText() + " " + access.path("op").asText() + " "
                + access.path("site").asText()));
        return sites;
    }
}
