package dev.weft.analysis.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.weft.report.RaceFinding;
import dev.weft.report.RaceFinding.Access;
import dev.weft.trace.ClassInitEnded;
import dev.weft.trace.ClassInitStarted;
import dev.weft.trace.ContentsAccessed;
import dev.weft.trace.ElementsAccessed;
import dev.weft.trace.Site;
import dev.weft.trace.SuperLockAcquired;
import dev.weft.trace.SuperUnlocking;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaceDetectorTest {

    private final RaceScript script = new RaceScript();
    private final long main = script.thread("main");
    private final long teller1 = script.thread("teller-1");
    private final long teller2 = script.thread("teller-2");
    private final int balance = script.field("balance");
    private final long account = script.object();
    private final long monitor = script.object();
    private final int deposit = script.at("deposit", 14);
    private final int read = script.at("balance", 20);

    private static Site account(String method, int line) {
        return new Site("com.example.Account", method, "Account.java", line);
    }

    /** "op thread site" of each access of each finding, current first. */
    private static List<String> accesses(List<RaceFinding> races) {
        return races.stream().flatMap(r -> r.accesses().stream())
                .map(a -> a.op() + " " + a.thread() + " " + a.site().line()).toList();
    }

    @Test
    void reportsTwoUnsynchronizedWritesWithBothThreadsAndSites() {
        script.write(teller1, account, balance, deposit).write(teller2, account, balance, script.at("deposit", 15));

        List<RaceFinding> races = script.races();

        assertEquals(1, races.size());
        RaceFinding race = races.get(0);
        assertEquals("com.example.Account.balance", race.field());
        assertNull(race.index());
        assertEquals(new Access("teller-2", 23, "write", account("deposit", 15), List.of(account("deposit", 15)), List.of()),
                race.accesses().get(0));
        assertEquals(new Access("teller-1", 22, "write", account("deposit", 14), List.of(account("deposit", 14)), List.of()),
                race.accesses().get(1));
    }

    @Test
    void reportsAReadThenAnUnsynchronizedWriteWithTheLocksEachThreadHeld() {
        script.lock(teller1, monitor).read(teller1, account, balance, read).unlock(teller1, monitor)
                .write(teller2, account, balance, deposit);

        RaceFinding race = script.races().get(0);

        assertEquals(List.of("write teller-2 14", "read teller-1 20"), accesses(List.of(race)));
        assertEquals(List.of(), race.accesses().get(0).locksHeld());
        assertEquals(List.of("java.lang.Object@3e9"), race.accesses().get(1).locksHeld());
    }

    @Test
    void staysSilentWhenOneLockGuardsEveryAccess() {
        script.lock(teller1, monitor).write(teller1, account, balance, deposit).unlock(teller1, monitor)
                .lock(teller2, monitor).read(teller2, account, balance, read)
                .write(teller2, account, balance, deposit).unlock(teller2, monitor);

        assertEquals(List.of(), script.races());
    }

    @Test
    void reportsAccessesUnderTwoDifferentLocks() {
        long other = script.object();
        script.lock(teller1, monitor).write(teller1, account, balance, deposit).unlock(teller1, monitor)
                .lock(teller2, other).write(teller2, account, balance, deposit).unlock(teller2, other);

        assertEquals(List.of("write teller-2 14", "write teller-1 14"), accesses(script.races()));
    }

    @Test
    void staysSilentWhenAMonitorWaitHandsTheMonitorOver() {
        script.lock(teller1, monitor).waitOn(teller1, monitor)
                .lock(teller2, monitor).write(teller2, account, balance, deposit).unlock(teller2, monitor)
                .wakeUp(teller1, monitor).read(teller1, account, balance, read).unlock(teller1, monitor);

        assertEquals(List.of(), script.races());
    }

    @Test
    void staysSilentWhenAVolatileFlagPublishesTheWrite() {
        int ready = script.field("ready");
        script.write(teller1, account, balance, deposit).writeVolatile(teller1, account, ready, 15)
                .readVolatile(teller2, account, ready, 19).read(teller2, account, balance, read);

        assertEquals(List.of(), script.races());
    }

    @Test
    void reportsAWriteMadeAfterTheVolatileWriteThatWasMeantToPublishIt() {
        int ready = script.field("ready");
        script.writeVolatile(teller1, account, ready, 15).write(teller1, account, balance, deposit)
                .readVolatile(teller2, account, ready, 19).read(teller2, account, balance, read);

        assertEquals(List.of("read teller-2 20", "write teller-1 14"), accesses(script.races()));
    }

    @Test
    void staysSilentWhenStartAndJoinOrderTheAccesses() {
        script.write(main, account, balance, deposit).start(main, teller1)
                .write(teller1, account, balance, deposit).join(main, teller1)
                .read(main, account, balance, read);

        assertEquals(List.of(), script.races());
    }

    @Test
    void reportsAParentWriteAfterStartThatTheChildReads() {
        script.start(main, teller1).write(main, account, balance, deposit).read(teller1, account, balance, read);

        assertEquals(List.of("read teller-1 20", "write main 14"), accesses(script.races()));
    }

    @Test
    void staysSilentWhenAQueueHandsTheObjectOver() {
        long queue = script.object();
        script.write(teller1, account, balance, deposit).handOff(teller1, queue)
                .receive(teller2, queue).write(teller2, account, balance, deposit);

        assertEquals(List.of(), script.races());
    }

    @Test
    void reportsAWriterAgainstEachReaderItIsNotOrderedAfter() {
        long auditor = script.thread("auditor");
        long queue = script.object();
        script.read(teller1, account, balance, script.at("balance", 20))
                .read(teller2, account, balance, script.at("balance", 21))
                .read(auditor, account, balance, script.at("audit", 30)).handOff(auditor, queue)
                .receive(main, queue).write(main, account, balance, deposit);

        assertEquals(List.of("write main 14", "read teller-1 20", "write main 14", "read teller-2 21"),
                accesses(script.races()));
    }

    @Test
    void staysSilentWhenTheWriterIsOrderedAfterEveryReader() {
        long writer = script.thread("writer");
        script.lock(teller1, monitor).read(teller1, account, balance, read).unlock(teller1, monitor)
                .lock(teller2, monitor).read(teller2, account, balance, read).unlock(teller2, monitor)
                .read(main, account, balance, read)
                .start(main, writer)
                .lock(writer, monitor).write(writer, account, balance, deposit).unlock(writer, monitor);

        assertEquals(List.of(), script.races());
    }

    @Test
    void keepsReadLockHoldersUnorderedAmongThemselvesButOrdersTheWriteLock() {
        long rw = script.object();
        script.readLock(teller1, rw).read(teller1, account, balance, read).readUnlock(teller1, rw)
                .readLock(teller2, rw).write(teller2, account, balance, script.at("sneakyWrite", 40)).readUnlock(teller2, rw)
                .lock(main, rw).write(main, account, balance, deposit).unlock(main, rw);

        List<RaceFinding> races = script.races();

        assertEquals(List.of("write teller-2 40", "read teller-1 20"), accesses(races));
        assertEquals(List.of("java.lang.Object@3ea (read lock)"), races.get(0).accesses().get(0).locksHeld());
    }

    @Test
    void neverReportsAccessesToDifferentElementsOfOneArray() {
        long totals = script.array("long[]");
        script.writeElement(teller1, totals, 0, deposit).writeElement(teller2, totals, 1, deposit)
                .readElement(teller1, totals, 1, read);

        assertEquals(List.of("read teller-1 20", "write teller-2 14"), accesses(script.races()),
                "only index 1 is shared");
    }

    @Test
    void reportsARaceOnOneArrayElementWithTheArrayTypeAndIndex() {
        long totals = script.array("long[]");
        script.writeElement(teller1, totals, 3, deposit).writeElement(teller2, totals, 3, deposit);

        RaceFinding race = script.races().get(0);

        assertEquals("long[]", race.field());
        assertEquals(3, race.index());
    }

    @Test
    void reportsARaceOnceHoweverOftenItHappens() {
        long own1 = script.object();
        long own2 = script.object();
        for (int i = 0; i < 1000; i++) { // each thread takes only its own lock: new epochs, no order between them
            script.lock(teller1, own1).read(teller1, account, balance, read).write(teller1, account, balance, deposit)
                    .unlock(teller1, own1)
                    .lock(teller2, own2).read(teller2, account, balance, read).write(teller2, account, balance, deposit)
                    .unlock(teller2, own2);
        }

        List<RaceFinding> races = script.races();

        assertEquals(2, races.size(), () -> String.join("\n", accesses(races)));
        assertEquals(List.of("read teller-2 20", "write teller-1 14", "write teller-2 14", "write teller-1 14"),
                accesses(races));
    }

    @Test
    void givesTheSameRaceTheSameIdWhicheverThreadCameFirst() {
        RaceScript other = new RaceScript();
        long a = other.thread("a");
        long b = other.thread("b");
        int field = other.field("balance");
        other.write(b, 1, field, other.at("deposit", 15)).write(a, 1, field, other.at("deposit", 14));
        script.write(teller1, account, balance, deposit).write(teller2, account, balance, script.at("deposit", 15));

        assertEquals(script.races().get(0).id(), other.races().get(0).id());
    }

    @Test
    void checksAStaticInitializersAccessesAgainstEarlierOnesAndKeepsNoStateOfThem() {
        int init = script.at("<clinit>", 5);
        script.write(teller1, 0, balance, deposit)
                .then(new ClassInitStarted(teller2)).read(teller2, 0, balance, init).write(teller2, 0, balance, script.at("<clinit>", 6))
                .then(new ClassInitEnded(teller2))
                .write(teller1, 0, balance, script.at("deposit", 15));

        assertEquals(List.of("read teller-2 5", "write teller-1 14", "write teller-2 6", "write teller-1 14"), accesses(script.races()));
    }

    @Test
    void anAccessAnInitializerReceivedFromAnotherThreadIsOrderedBeforeTheRacesWithIt() {
        long queue = script.object();
        script.write(teller1, account, balance, deposit).handOff(teller1, queue)
                .then(new ClassInitStarted(teller2)).receive(teller2, queue).then(new ClassInitEnded(teller2))
                .read(main, account, balance, read).write(main, account, balance, deposit);

        assertEquals(List.of(), script.races());
    }

    @Test
    void anAccessReceivedOutsideAnInitializerIsNotOrderedBeforeAThirdThread() {
        long queue = script.object();
        script.write(teller1, account, balance, deposit).handOff(teller1, queue)
                .receive(teller2, queue)
                .read(main, account, balance, read);

        assertEquals(List.of("read main 20", "write teller-1 14"), accesses(script.races()));
    }

    @Test
    void aBulkCallChecksOnlyTheElementsAccessedOneByOneBefore() {
        long counts = script.array("long[]");
        long untouched = script.array("int[]");
        int fill = script.at("reset", 30);
        script.writeElement(teller1, counts, 3, deposit)
                .then(new ElementsAccessed(teller2, counts, 0, 10, true, fill))
                .then(new ElementsAccessed(teller1, untouched, 0, 10, true, deposit))
                .then(new ElementsAccessed(teller2, untouched, 0, 10, false, fill));

        List<RaceFinding> races = script.races();
        assertEquals(List.of("write teller-2 30", "write teller-1 14"), accesses(races));
        assertEquals(3, races.get(0).index());
    }

    @Test
    void aCollectionsContentsAreOneVariableAndItsWrappersLockOrdersThem() {
        long list = script.object();
        long arrayList = script.object();
        int add = script.at("add", 40);
        int size = script.at("size", 41);
        script.then(new ContentsAccessed(teller1, list, arrayList, monitor, true, add))
                .then(new ContentsAccessed(teller2, list, arrayList, monitor, false, size))
                .then(new ContentsAccessed(teller1, list, arrayList, monitor, true, add))
                .then(new ContentsAccessed(teller2, list, arrayList, 0, false, script.at("size", 42)));

        List<RaceFinding> races = script.races();
        assertEquals(List.of("read teller-2 42", "write teller-1 40"), accesses(races));
        assertEquals("collection", races.get(0).collection());
    }

    @Test
    void aLockSubclassHoldsItsLockFromItsSuperLockToItsSuperUnlock() {
        script.then(new SuperLockAcquired(teller1, monitor)).write(teller1, account, balance, deposit).then(new SuperUnlocking(teller1, monitor))
                .then(new SuperLockAcquired(teller2, monitor)).write(teller2, account, balance, deposit).then(new SuperUnlocking(teller2, monitor));

        assertEquals(List.of(), script.races());
    }
}
