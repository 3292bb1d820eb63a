package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.trace.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockCallInstrumentationTest {

    private final Fixtures fixtures = new Fixtures();

    @Test
    void reentrantLockCallsReportRequestAcquisitionAndRelease() throws Throwable {
        assertEquals(List.of(true, true, false), fixtures.run("Locks", "reentrantLock"));
        assertEquals(List.of(
                "lockRequested ReentrantLock", "lockAcquired ReentrantLock", "lockReleasing ReentrantLock",
                "lockRequested ReentrantLock", "lockAcquired ReentrantLock", "lockReleasing ReentrantLock",
                "lockAcquired ReentrantLock", "lockReleasing ReentrantLock",
                "lockRequested(timed) ReentrantLock", "lockAcquired ReentrantLock", "lockReleasing ReentrantLock"),
                fixtures.events());
    }

    @Test
    void callsThroughTheLockInterfaceAreReported() throws Throwable {
        assertEquals(true, fixtures.run("Locks", "throughInterface"));
        assertEquals(List.of("lockRequested ReentrantLock", "lockAcquired ReentrantLock",
                "lockReleasing ReentrantLock", "lockAcquired ReentrantLock"), fixtures.events());
    }

    @Test
    void bothHalvesOfAReadWriteLockAreReported() throws Throwable {
        fixtures.run("Locks", "readWriteLock");
        assertEquals(List.of(
                "lockRequested ReadLock", "lockAcquired ReadLock", "lockReleasing ReadLock",
                "lockRequested WriteLock", "lockAcquired WriteLock", "lockReleasing WriteLock"), fixtures.events());
    }

    @Test
    void applicationClassImplementingLockIsReportedAtItsCallSites() throws Throwable {
        fixtures.run("Locks", "userLock");
        assertEquals(List.of(
                "lockRequested DelegatingLock",
                "lockRequested ReentrantLock", "lockAcquired ReentrantLock",
                "lockAcquired DelegatingLock",
                "lockReleasing DelegatingLock",
                "lockReleasing ReentrantLock"), fixtures.events());
    }

    @Test
    void lockMethodOfAClassThatIsNoLockIsLeftAlone() throws Throwable {
        assertEquals(true, fixtures.run("Locks", "unrelatedLockMethod"));
        assertEquals(List.of(), fixtures.events());
    }

    @Test
    void lockCallSiteNamesClassMethodFileAndLine() throws Throwable {
        int line = (int) fixtures.run("Locks", "lockLine");
        Site expected = new Site("com.example.locks.Locks", "lockLine", "Locks.java", line);
        assertEquals(expected, fixtures.siteOf("lockRequested"));
        assertEquals(expected, fixtures.siteOf("lockAcquired"));
    }
}
