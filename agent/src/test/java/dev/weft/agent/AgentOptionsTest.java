package dev.weft.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.ReportFormat;
import dev.weft.agent.control.ControlOptions;
import dev.weft.schedule.Parameters;
import dev.weft.schedule.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentOptionsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsDetectEverythingAndWriteNoReport() {
        AgentOptions options = AgentOptions.defaults();
        assertEquals(Set.of("deadlock", "lock-order", "race"), options.detect());
        assertEquals(null, options.report());
        assertFalse(options.haltOnDeadlock());
        assertEquals(Set.of(), options.failOn());
    }

    @Test
    void parsesEveryKey() {
        AgentOptions options = AgentOptions.parse("report=" + dir.resolve("r.json") + ",detect=deadlock,include=com.example.;org.acme.Foo,"
                + "exclude=com.example.gen.,onDeadlock=halt,failOn=deadlock;race");
        assertEquals(dir.resolve("r.json"), options.report());
        assertEquals(Set.of("deadlock"), options.detect());
        assertEquals(List.of("com.example.", "org.acme.Foo"), options.include());
        assertEquals(List.of("com.example.gen."), options.exclude());
        assertTrue(options.haltOnDeadlock());
        assertEquals(Set.of("deadlock", "race"), options.failOn());
    }

    @Test
    void aCommaFollowedByABareWordContinuesTheList() {
        AgentOptions options = AgentOptions.parse("failOn=race,deadlock,lock-order,onDeadlock=continue");
        assertEquals(Set.of("race", "deadlock", "lock-order"), options.failOn());
    }

    @Test
    void unknownKeyNamesTheKeyAndTheValidOnes() {
        BadOptionException e = assertThrows(BadOptionException.class, () -> AgentOptions.parse("reprot=x.json"));
        assertEquals("unknown option 'reprot' (valid: report, detect, include, exclude, onDeadlock, failOn, suppressions, trace,"
                + " format, mode, cpus, policy, quantum, strategy, seed, depth, steps, lengths, schedule, replay, confirm, hold)", e.getMessage());
    }

    @Test
    void badKindNamesTheValidKinds() {
        BadOptionException e = assertThrows(BadOptionException.class, () -> AgentOptions.parse("failOn=races"));
        assertEquals("bad value for failOn: 'races' (valid: deadlock, lock-order, race, starvation; separate several with ';')",
                e.getMessage());
    }

    @Test
    void malformedTokenIsRejected() {
        assertThrows(BadOptionException.class, () -> AgentOptions.parse("=x"));
        assertThrows(BadOptionException.class, () -> AgentOptions.parse("report=a.json,report=b.json"));
    }

    @Test
    void aSuppressionsFileWithABadLineIsRejectedWithTheLineNumber() throws Exception {
        Path file = dir.resolve("weft.supp");
        Files.writeString(file, "# known\nrace:com.example.Cache.size\nrace com.example.Cache.size\n");

        BadOptionException e = assertThrows(BadOptionException.class, () -> AgentOptions.parse("suppressions=" + file));

        assertTrue(e.getMessage().startsWith("suppressions file weft.supp line 3: 'race com.example.Cache.size' is not kind:pattern (kinds: race, deadlock, lock-order"),
                e.getMessage());
    }

    @Test
    void unreadableSuppressionsFileIsRejected() {
        BadOptionException e = assertThrows(BadOptionException.class,
                () -> AgentOptions.parse("suppressions=" + dir.resolve("missing.txt")));
        assertEquals("cannot read the suppressions file '" + dir.resolve("missing.txt") + "': no such file", e.getMessage());
    }

    @Test
    void reportDirectoryIsCreatedAndADirectoryIsNoReportFile() throws Exception {
        Path report = dir.resolve("nested/deeper/r.json");
        assertEquals(report, AgentOptions.parse("report=" + report).report());
        assertTrue(Files.isDirectory(report.getParent()));
        assertThrows(BadOptionException.class, () -> AgentOptions.parse("report=" + dir));
    }

    @Test
    void formatTakesSeveralFormatsWrittenBesideTheReportAlwaysWithJson() {
        AgentOptions options = AgentOptions.parse("report=" + dir.resolve("weft.json") + ",format=sarif+html;junit");
        assertEquals(Set.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.HTML, ReportFormat.JUNIT), options.formats());
        assertEquals(Set.of(ReportFormat.JSON, ReportFormat.TEXT),
                AgentOptions.parse("report=" + dir.resolve("weft.json") + ",format=json,text").formats());
        assertEquals(Set.of(ReportFormat.JSON), AgentOptions.defaults().formats());
    }

    @Test
    void aBadFormatOrAFormatWithoutAReportIsRefusedNamingWhatIsValid() {
        BadOptionException bad = assertThrows(BadOptionException.class,
                () -> AgentOptions.parse("report=" + dir.resolve("weft.json") + ",format=json+pdf"));
        assertEquals("bad value for format: 'pdf' (valid: text, json, sarif, junit, html; separate several with '+' or ';', "
                + "e.g. format=json+sarif+html)", bad.getMessage());
        BadOptionException noReport = assertThrows(BadOptionException.class, () -> AgentOptions.parse("format=sarif"));
        assertEquals("option format needs report=PATH: the other formats are written beside the JSON report", noReport.getMessage());
    }

    @Test
    void controlModeTakesTheModelsParametersAndPutsTheScheduleBesideTheReport(@TempDir Path dir) {
        AgentOptions options = AgentOptions.parse("mode=control,cpus=2,policy=cooperative,quantum=7,strategy=pct,seed=42,depth=2,report="
                + dir.resolve("run.json"));
        ControlOptions control = options.control();
        assertEquals(new Parameters(2, Policy.COOPERATIVE, 7, "pct", 42, 2, 1000), control.parameters());
        assertEquals(dir.resolve("run.schedule.json"), control.schedule());
        assertTrue(control.seedGiven());
        assertNull(AgentOptions.parse("report=" + dir.resolve("run.json")).control());
        assertEquals(List.of(5, 1502, 0), AgentOptions.parse("mode=control,strategy=surw,lengths=5/1502/0").control().parameters().lengths());
        assertNull(AgentOptions.parse("mode=control").control().schedule());
        assertFalse(AgentOptions.parse("mode=control").control().seedGiven());
    }

    @Test
    void badControlValuesNameTheProblemAndWhatIsValid() {
        assertEquals("bad value for policy: 'fifo' (valid: preemptive, cooperative)",
                assertThrows(BadOptionException.class, () -> AgentOptions.parse("mode=control,policy=fifo")).getMessage());
        assertEquals("bad value for strategy: 'dfs' (valid: round-robin, random, pct, pct-new-sites, pos, surw, surw-conflicts)",
                assertThrows(BadOptionException.class, () -> AgentOptions.parse("mode=control,strategy=dfs")).getMessage());
        assertEquals("bad value for lengths: '5/x' (valid: whole numbers, 0 or more, separated by /)",
                assertThrows(BadOptionException.class, () -> AgentOptions.parse("mode=control,lengths=5/x")).getMessage());
        assertEquals("bad value for cpus: '0' (valid: a whole number, 1 or more)",
                assertThrows(BadOptionException.class, () -> AgentOptions.parse("mode=control,cpus=0")).getMessage());
        assertEquals("bad value for mode: 'replay' (valid: detect, control)",
                assertThrows(BadOptionException.class, () -> AgentOptions.parse("mode=replay")).getMessage());
        assertEquals("option seed needs mode=control (valid with mode=detect: report, detect, include, exclude, onDeadlock,"
                + " failOn, suppressions, trace, format, mode)",
                assertThrows(BadOptionException.class, () -> AgentOptions.parse("seed=3")).getMessage());
        assertTrue(assertThrows(BadOptionException.class, () -> AgentOptions.parse("mode=control,confirm=nohash"))
                .getMessage().startsWith("bad value for confirm"));
        assertEquals("bad value for hold: 'all' (valid: nested)",
                assertThrows(BadOptionException.class, () -> AgentOptions.parse("mode=control,hold=all")).getMessage());
        assertTrue(AgentOptions.parse("mode=control,hold=nested").control().holdNested());
    }

    @Test
    void aScheduleThatIsNotOneIsRefused(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.schedule.json");
        Files.writeString(bad, "{\"format\":\"weft-schedule\",\"version\":9}");
        assertTrue(assertThrows(BadOptionException.class, () -> AgentOptions.parse("mode=control,replay=" + bad))
                .getMessage().startsWith("cannot replay: schedule format version 9"));
        assertEquals("cannot read the replay file '" + dir.resolve("missing.json") + "': no such file", assertThrows(BadOptionException.class,
                () -> AgentOptions.parse("mode=control,replay=" + dir.resolve("missing.json"))).getMessage());
    }

    @Test
    void confirmNamesALockOrderFindingOfAReadableReport(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("predicted.json");
        Files.writeString(report, "{\"tool\":\"weft\",\"version\":\"t\",\"findings\":[]}");
        assertEquals("no lock-order or race finding 'lock-order:12' in " + report + " (its lock-order and race ids: [])",
                assertThrows(BadOptionException.class, () -> AgentOptions.parse("mode=control,confirm=" + report + "#lock-order:12"))
                        .getMessage());
        assertEquals("cannot read the confirm report '" + dir.resolve("missing.json") + "': no such file",
                assertThrows(BadOptionException.class, () -> AgentOptions.parse("mode=control,confirm=" + dir.resolve("missing.json") + "#x"))
                        .getMessage());
    }
}
