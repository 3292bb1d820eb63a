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
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code weft explore --schedules-per-jvm}: several schedules in one JVM, each with the program's classes loaded
 * afresh, give the schedules, findings and replay files of fresh JVMs; a program whose threads outlive {@code main}
 * takes a JVM per schedule, and its bug is found all the same.
 */
class SchedulesPerJvmIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int weft(List<String> args, String program) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--agent", ChildJvm.AGENT.toString(), "-o", "include=example.app.", "--", ChildJvm.java().toString(),
                "-XX:TieredStopAtLevel=1", "-cp", ChildJvm.TEST_CLASSES.toString(), program));
        out.getBuffer().setLength(0);
        CommandLine cli = WeftCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(all.toArray(String[]::new));
    }

    /** Seed 5 of random: the singleton's race in the third schedule (seeds 5 and 6 make one registry). */
    private int exploreLazyRegistry(Path dir, int perJvm) {
        return weft(List.of("explore", "--schedules-per-jvm", Integer.toString(perJvm), "--strategy", "random", "--seed", "5",
                "--iterations", "20", "--out", dir.toString()), "example.app.LazyRegistry");
    }

    @Test
    void aStaticSingletonsRaceIsFoundInTheThirdScheduleOfOneJvmAsInFreshJvmsAndReplaysInAFreshOne() throws Exception {
        Path dir = ChildJvm.freshDir("schedules-per-jvm");
        String found = "weft explore: found a race in iteration 3 ";

        assertEquals(66, exploreLazyRegistry(dir.resolve("shared"), 20), out + "\n" + err);
        assertTrue(out.toString().startsWith(found), out.toString());
        assertTrue(Files.readString(dir.resolve("shared/iteration-3.out")).contains("run 3 in this JVM"), "three runs in one JVM");
        JsonNode shared = race(dir.resolve("shared/iteration-3.json"));
        assertEquals("example.app.LazyRegistry.made", shared.path("field").asText(), shared.toString());

        assertEquals(66, exploreLazyRegistry(dir.resolve("fresh"), 1), out + "\n" + err);
        assertTrue(out.toString().startsWith(found), out.toString());
        assertTrue(Files.readString(dir.resolve("fresh/iteration-3.out")).contains("run 1 in this JVM"), "a JVM per run");
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
