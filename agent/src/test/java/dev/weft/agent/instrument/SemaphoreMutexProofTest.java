package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SemaphoreMutexProof} on the fields of {@code example.semaphoreproof.SemaphoreFields}, read from the test classes. */
class SemaphoreMutexProofTest {

    private static final String FIELDS = "example/semaphoreproof/SemaphoreFields$";

    @ParameterizedTest(name = "{0}.{1}: {2}")
    @CsvSource({
        "Desk, desk, true",
        "Gate, gate, true",
        "TwoBays, bays, false",
        "Baton, baton, false",
        "AcquireInsideTry, inside, false",
        "NoFinally, unguarded, false",
        "Escapes, escaping, false",
        "ReadElsewhere, elsewhere, false",
        "Public, exposed, false",
        "Tried, tried, false",
        "Desk, queue, false"})
    void provesOnlyAFieldUsedAsAMutexInEveryClassOfItsPackage(String owner, String field, boolean proved) {
        assertEquals(proved, SemaphoreMutexProof.proves(getClass().getClassLoader(), FIELDS + owner, field));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
        "example/explorehunt/TicketDeskSemaphoreMutex$Desk, counter",
        "example/app/TicketDeskSemaphoreDeadlock, counter"})
    void provesTheTicketDesksCounters(String owner, String field) {
        assertEquals(true, SemaphoreMutexProof.proves(getClass().getClassLoader(), owner, field));
    }
}
