package dev.weft.agent.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first rule over the twenty-second session's new deadlock checks (docs/scheduling.md, "Twenty-second session:
 * first-rule audit of the session's new checks"): correct programs of {@code example.firstrule} that look like what
 * the pool watch, the semaphore proof, lock wrappers handed on and class initialization through reflection catch end
 * with no finding, in a deadlock-only run (the lock-order ones with {@code lock-order} too) and with every detector.
 */
class FirstRuleAuditIT {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GateOpensAfterWarmUp, ',detect=deadlock', scanned: 33",
        "GateOpensAfterWarmUp, '', scanned: 33",
        "OrdersFedLater, ',detect=deadlock', packed: 12",
        "OrdersFedLater, '', packed: 12",
        "RowsFromAnotherPool, ',detect=deadlock', report-2: 40 rows",
        "RowsFromAnotherPool, '', report-2: 40 rows",
        "RelayAtTheBarrier, ',detect=deadlock', laps: 1",
        "RelayAtTheBarrier, '', laps: 1",
        "ReminderScheduler, ',detect=deadlock', reminder sent",
        "ReminderScheduler, '', reminder sent",
        "CashDrawer, ',detect=deadlock', till: 5",
        "CashDrawer, '', till: 5",
        "LockerRelay, ',detect=deadlock', visits: 2400",
        "LockerRelay, '', visits: 2400",
        "SeatDesk, ',detect=deadlock', entries: 2000",
        "SeatDesk, '', entries: 2000",
        "ShelfAudit, ',detect=deadlock', counted: 300",
        "ShelfAudit, '', counted: 300",
        "TariffsByReflection, ',detect=deadlock', tariffs: 14",
        "TariffsByReflection, '', tariffs: 14",
        "ClosingShift, ',detect=deadlock', closed at: 100",
        "ClosingShift, '', closed at: 100",
        "ClosingShiftSignalled, ',detect=deadlock', closed at: 100",
        "ClosingShiftSignalled, '', closed at: 100",
        "CashDrawer, ',detect=deadlock,lock-order', till: 5",
        "LockerRelay, ',detect=deadlock,lock-order', visits: 2400",
        "SeatDesk, ',detect=deadlock,lock-order', entries: 2000",
        "ShelfAudit, ',detect=deadlock,lock-order', counted: 300",
        "TariffsByReflection, ',detect=deadlock,lock-order', tariffs: 14",
        "ClosingShift, ',detect=deadlock,lock-order', closed at: 100",
        "ClosingShiftSignalled, ',detect=deadlock,lock-order', closed at: 100"})
    void aCorrectProgramHasNoFinding(String program, String options, String printed) throws Exception {
        PoolDeadlockIT.endsSilently("example.firstrule." + program, options, printed);
    }
}
