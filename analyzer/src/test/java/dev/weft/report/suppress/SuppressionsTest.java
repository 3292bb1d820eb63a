package dev.weft.report.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.weft.report.ReportExamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsTest {

    private static Suppressions of(String... lines) {
        return Suppressions.parse(List.of(lines), "weft.supp");
    }

    @Test
    void readsOneSuppressionPerLineAndSkipsCommentsAndBlankLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("weft.supp");
        Files.writeString(file, "# known, ticket 12\n\nrace:com.example.Cache.size\n  deadlock: com.example.Bank.transfer  \nlock-order:com.example.*\n");

        assertEquals(List.of("race:com.example.Cache.size", "deadlock:com.example.Bank.transfer", "lock-order:com.example.*"),
                Suppressions.read(file).unmatched());
    }

    @Test
    void aBadLineIsRejectedWithTheFileTheLineNumberAndWhatIsValid() {
        BadSuppressionException e = assertThrows(BadSuppressionException.class,
                () -> of("# fine", "race:com.example.Cache.size", "datarace:com.example.Cache.size"));

        assertEquals("suppressions file weft.supp line 3: 'datarace:com.example.Cache.size' is not kind:pattern"
                + " (kinds: race, deadlock, lock-order; pattern: a field or class.method, * for any run of characters;"
                + " e.g. race:com.example.Cache.size)", e.getMessage());
        assertThrows(BadSuppressionException.class, () -> of("race:"));
        assertThrows(BadSuppressionException.class, () -> of("com.example.Cache.size"));
        assertThrows(BadSuppressionException.class, () -> of("race:com.example.Cache size"));
    }

    @Test
    void aRaceIsMatchedByItsField() {
        Suppressions suppressions = of("race:com.example.Account.balance");

        assertNotNull(suppressions.match(ReportExamples.balanceRace()));
        assertEquals(List.of(), suppressions.unmatched());
    }

    @Test
    void anyFrameOfTheStacksInvolvedMatchesByClassAndMethod() {
        assertNotNull(of("race:com.example.Account.deposit").match(ReportExamples.balanceRace()), "the other access's site");
        assertNotNull(of("deadlock:com.example.Bank.transfer").match(ReportExamples.transfers()));
        assertNotNull(of("lock-order:com.example.Bank.transfer").match(ReportExamples.inversion()));
        assertNull(of("race:com.example.Account.withdraw").match(ReportExamples.balanceRace()));
        assertNull(of("race:com.example.Account").match(ReportExamples.balanceRace()), "a pattern matches a name whole");
    }

    @Test
    void aStarStandsForAnyRunOfCharacters() {
        assertNotNull(of("race:com.example.*").match(ReportExamples.balanceRace()));
        assertNotNull(of("race:*.balance").match(ReportExamples.balanceRace()));
        assertNotNull(of("deadlock:*Bank.trans*").match(ReportExamples.transfers()));
        assertNotNull(of("race:*").match(ReportExamples.totalsRace()));
        assertNull(of("race:org.*").match(ReportExamples.balanceRace()));
    }

    @Test
    void aSuppressionSilencesOnlyItsKind() {
        Suppressions suppressions = of("race:com.example.Bank.transfer", "lock-order:com.example.Account.*");

        assertNull(suppressions.match(ReportExamples.transfers()));
        assertNull(suppressions.match(ReportExamples.balanceRace()));
    }

    @Test
    void listsTheSuppressionsThatMatchedNothingAsWritten() {
        Suppressions suppressions = of("race:com.example.Account.balance", "deadlock:com.example.Bank.*", "race:com.example.Cache.size");

        suppressions.match(ReportExamples.balanceRace());
        suppressions.match(ReportExamples.balanceRace());

        assertEquals(List.of("deadlock:com.example.Bank.*", "race:com.example.Cache.size"), suppressions.unmatched());
    }
}
