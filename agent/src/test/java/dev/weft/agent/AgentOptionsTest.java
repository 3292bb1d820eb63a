package dev.weft.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.ReportFormat;
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
        assertEquals("unknown option 'reprot' (valid: report, detect, include, exclude, onDeadlock, failOn, suppressions, trace, format)", e.getMessage());
    }

    @Test
    void badKindNamesTheValidKinds() {
        BadOptionException e = assertThrows(BadOptionException.class, () -> AgentOptions.parse("failOn=races"));
        assertEquals("bad value for failOn: 'races' (valid: deadlock, lock-order, race; separate several with ';')", e.getMessage());
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
        assertTrue(e.getMessage().startsWith("cannot read the suppressions file"), e.getMessage());
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
}
