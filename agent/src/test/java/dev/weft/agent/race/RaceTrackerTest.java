package dev.weft.agent.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import dev.weft.report.Finding;
import dev.weft.report.RaceFinding;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import org.junit.jupiter.api.Test;

/**
 * The race tracker on real threads, called as instrumented code would call it. The threads run one after
 * the other (the test joins each before starting the next), but the tracker learns of an order only
 * through the events a test gives it.
 */
class RaceTrackerTest {

    private final SiteRegistry sites = new SiteRegistry();
    private final FieldRegistry fields = new FieldRegistry();
    private final List<Finding> findings = new CopyOnWriteArrayList<>();
    private final RaceTracker tracker = new RaceTracker(fields, sites, () -> List.of("held"), findings::add, reason -> { });
    private final int balance = fields.id(null, "com.example.Account", "balance");
    private final int version = fields.id(null, "com.example.Account", "version");
    private final int deposit = sites.register("com.example.Account", "deposit", "Account.java", 14);
    private final int audit = sites.register("com.example.Account", "audit", "Account.java", 20);
    private final Object account = new Object();

    private static void runAlone(String name, Runnable body) throws InterruptedException {
        Thread thread = new Thread(body, name);
        thread.start();
        thread.join();
    }

    @Test
    void reportsTwoUnorderedWritesWithTheFieldBothSitesAndBothThreads() throws Exception {
        runAlone("teller-1", () -> tracker.fieldWritten(account, balance, deposit));
        runAlone("teller-2", () -> tracker.fieldWritten(account, balance, audit));
        assertEquals(1, findings.size());
        RaceFinding race = (RaceFinding) findings.get(0);
        assertEquals("com.example.Account.balance", race.field());
        assertNull(race.index());
        RaceFinding.Access now = race.accesses().get(0);
        RaceFinding.Access before = race.accesses().get(1);
        assertEquals(List.of("teller-2", "write", "com.example.Account.audit(Account.java:20)", List.of("held")),
                List.of(now.thread(), now.op(), now.site().toString(), now.locksHeld()));
        assertEquals(List.of("teller-1", "write", "com.example.Account.deposit(Account.java:14)"),
                List.of(before.thread(), before.op(), before.site().toString()));
        assertTrue(now.stack().stream().anyMatch(frame -> frame.className().equals(RaceTrackerTest.class.getName())),
                "the stack is the accessing thread's");
    }

    @Test
    void reportsEachPairOfSitesOnceWhicheverCameFirst() throws Exception {
        for (int i = 0; i < 3; i++) {
            runAlone("teller-" + i, () -> {
                tracker.fieldRead(account, balance, audit);
                tracker.fieldWritten(account, balance, deposit);
            });
        }
        // audit's read and deposit's write race both ways round: one finding
        assertEquals(List.of("read/write", "write/write"), findings.stream()
                .map(f -> ((RaceFinding) f).accesses().stream().map(RaceFinding.Access::op).reduce((a, b) -> a + "/" + b).orElseThrow())
                .toList());
    }

    @Test
    void staysSilentWhenBothSidesHoldTheMonitor() throws Exception {
        Object lock = new Object();
        for (String name : List.of("teller-1", "teller-2")) {
            runAlone(name, () -> {
                tracker.monitorEntered(lock, deposit);
                tracker.fieldRead(account, balance, deposit);
                tracker.fieldWritten(account, balance, deposit);
                tracker.monitorExiting(lock, deposit);
            });
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void aLockHeldOnOneSideOnlyOrdersNothing() throws Exception {
        Object lock = new Object();
        runAlone("teller", () -> {
            tracker.monitorEntered(lock, deposit);
            tracker.fieldWritten(account, balance, deposit);
            tracker.monitorExiting(lock, deposit);
        });
        runAlone("auditor", () -> tracker.fieldRead(account, balance, audit));
        assertEquals(1, findings.size());
    }

    @Test
    void startAndJoinOrderTheParentAndTheChild() throws Exception {
        tracker.fieldWritten(account, balance, deposit);
        Thread child = new Thread(() -> tracker.fieldWritten(account, balance, audit), "child");
        tracker.threadStarting(child, deposit);
        child.start();
        child.join();
        tracker.joinEnded(child, deposit);
        tracker.fieldRead(account, balance, deposit);
        assertEquals(List.of(), findings);
    }

    @Test
    void aVolatileWriteOrdersWhatCameBeforeItWithTheReadsThatSeeIt() throws Exception {
        runAlone("publisher", () -> {
            tracker.fieldWritten(account, balance, deposit);
            tracker.volatileWriting(account, version, deposit);
        });
        runAlone("reader", () -> {
            tracker.volatileRead(account, version, audit);
            tracker.fieldRead(account, balance, audit);
        });
        assertEquals(List.of(), findings);
    }

    @Test
    void aHandOffOrdersTheReleaserWithTheAcquirer() throws Exception {
        Object queue = new Object();
        runAlone("producer", () -> {
            tracker.fieldWritten(account, balance, deposit);
            tracker.releasing(queue, deposit);
        });
        runAlone("consumer", () -> {
            tracker.acquired(queue, audit);
            tracker.fieldWritten(account, balance, audit);
        });
        assertEquals(List.of(), findings);
    }

    @Test
    void readersOfAReadWriteLockAreOrderedAfterWritersButNotWithEachOther() throws Exception {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        runAlone("writer", () -> {
            tracker.lockAcquired(lock.writeLock(), deposit);
            tracker.fieldWritten(account, balance, deposit);
            tracker.lockReleasing(lock.writeLock(), deposit);
        });
        for (String name : List.of("reader-1", "reader-2")) {
            runAlone(name, () -> {
                tracker.lockAcquired(lock.readLock(), audit);
                tracker.fieldRead(account, balance, audit);
                tracker.fieldWritten(account, version, audit); // a write under a read lock: the bug
                tracker.lockReleasing(lock.readLock(), audit);
            });
        }
        assertEquals(List.of("com.example.Account.version"), findings.stream().map(f -> ((RaceFinding) f).field()).toList());
    }

    @Test
    void readStampsOfAStampedLockAreOrderedAfterWriteStampsButNotWithEachOther() throws Exception {
        Object stampedLock = new Object();
        runAlone("writer", () -> {
            tracker.releasing(stampedLock, deposit); // writeLock()
            tracker.acquired(stampedLock, deposit);
            tracker.acquiredExclusive(stampedLock, deposit);
            tracker.fieldWritten(account, balance, deposit);
            tracker.releasing(stampedLock, deposit); // unlockWrite(stamp)
            tracker.acquired(stampedLock, deposit);
        });
        for (String name : List.of("reader-1", "reader-2")) {
            runAlone(name, () -> {
                tracker.releasingShared(stampedLock, audit); // readLock()
                tracker.acquired(stampedLock, audit);
                tracker.fieldRead(account, balance, audit);
                tracker.fieldWritten(account, version, audit); // a write under a read stamp: the bug
                tracker.releasingShared(stampedLock, audit); // unlockRead(stamp)
                tracker.acquired(stampedLock, audit);
            });
        }
        runAlone("writer-again", () -> {
            tracker.releasing(stampedLock, deposit);
            tracker.acquired(stampedLock, deposit);
            tracker.acquiredExclusive(stampedLock, deposit);
            tracker.fieldWritten(account, balance, deposit);
            tracker.fieldWritten(account, version, deposit);
        });
        assertEquals(List.of("com.example.Account.version"), findings.stream().map(f -> ((RaceFinding) f).field()).toList());
    }

    @Test
    void aStampedLocksReadViewIsSharedAndItsWriteViewExclusive() throws Exception {
        StampedLock stampedLock = new StampedLock();
        Lock readView = stampedLock.asReadLock();
        Lock writeView = stampedLock.asWriteLock();
        for (String name : List.of("reader-1", "reader-2")) {
            runAlone(name, () -> {
                tracker.lockAcquired(readView, audit);
                tracker.fieldWritten(account, version, audit); // a write under a read view: the bug
                tracker.lockReleasing(readView, audit);
            });
        }
        runAlone("writer", () -> {
            tracker.releasing(stampedLock, deposit); // writeLock(): a stamp call and a view take one lock
            tracker.acquired(stampedLock, deposit);
            tracker.acquiredExclusive(stampedLock, deposit);
            tracker.fieldRead(account, version, deposit);
            tracker.releasing(stampedLock, deposit);
        });
        runAlone("writer-again", () -> {
            tracker.lockAcquired(writeView, deposit);
            tracker.fieldRead(account, version, deposit);
            tracker.lockReleasing(writeView, deposit);
        });
        assertEquals(1, findings.size(), findings.toString());
    }

    @Test
    void arrayElementsAreSeparateVariablesAndNamedByTheArrayType() throws Exception {
        long[] tills = new long[4];
        runAlone("till-1", () -> {
            tracker.arrayWritten(tills, 0, deposit);
            tracker.arrayWritten(tills, 2, deposit);
        });
        runAlone("till-2", () -> {
            tracker.arrayWritten(tills, 1, audit);
            tracker.arrayRead(tills, 2, audit);
            tracker.arrayRead(tills, 9, audit); // out of bounds: the access throws, nothing to check
        });
        assertEquals(1, findings.size());
        RaceFinding race = (RaceFinding) findings.get(0);
        assertEquals(List.of("long[]", 2), List.of(race.field(), race.index()));
    }

    @Test
    void eachOfMoreArraysThanAThreadKeepsRecentEntriesForHasItsOwnShadow() throws Exception {
        int arrays = 6 * RaceThread.RECENT; // more than the writer keeps: entries leave its cache and are found in the map again
        long[][] tills = new long[arrays][4];
        int[] adds = new int[arrays];
        for (int i = 0; i < arrays; i++) {
            adds[i] = sites.register("com.example.Till", "add", "Till.java", 100 + i);
        }
        runAlone("writer", () -> {
            for (int pass = 0; pass < 3; pass++) {
                for (int i = 0; i < arrays; i++) {
                    int other = (i + arrays / 2) % arrays;
                    tracker.arrayWritten(tills[i], i % 4, adds[i]);
                    tracker.arrayWritten(tills[other], other % 4, adds[other]);
                    tracker.arrayRead(tills[i], i % 4, adds[i]); // from the cache, or the map again when other evicted it
                }
            }
        });
        runAlone("reader", () -> {
            for (int i = 0; i < arrays; i++) {
                tracker.arrayRead(tills[i], i % 4, audit);
                tracker.arrayRead(tills[i], (i + 1) % 4, audit); // an element no one wrote
            }
        });
        assertEquals(arrays, findings.size());
        for (int i = 0; i < arrays; i++) {
            RaceFinding race = (RaceFinding) findings.get(i);
            assertEquals(List.of(i % 4, "com.example.Till.add(Till.java:" + (100 + i) + ")"),
                    List.of(race.index(), race.accesses().get(1).site().toString()));
        }
    }

    @Test
    void aBulkCallChecksTheElementsInstrumentedCodeAccessedAndAddsNone() throws Exception {
        long[] small = new long[4];
        long[] large = new long[64];
        int record = sites.register("com.example.Stats", "record", "Stats.java", 7); // a pair of sites is reported once
        runAlone("recorder", () -> {
            tracker.arrayWritten(small, 2, deposit);
            tracker.arrayWritten(large, 40, record);
        });
        runAlone("reporter", () -> {
            tracker.arrayElementsAccessed(small, 0, 4, true, audit); // looks up each element of the range
            tracker.arrayElementsAccessed(large, 0, 64, true, audit); // goes through the array's slots
            tracker.arrayElementsAccessed(new long[8], 0, 8, false, audit); // no shadow: nothing to check
        });
        assertEquals(List.of("long[] 2", "long[] 40"), findings.stream()
                .map(f -> ((RaceFinding) f).field() + " " + ((RaceFinding) f).index()).toList());
        runAlone("auditor", () -> tracker.arrayRead(small, 1, audit)); // element 1 got no state from the bulk write
        assertEquals(2, findings.size());
    }

    @Test
    void staticFieldsAreOneVariableForAllThreads() throws Exception {
        runAlone("a", () -> tracker.fieldWritten(null, balance, deposit));
        runAlone("b", () -> tracker.fieldRead(null, balance, audit));
        assertEquals(1, findings.size());
    }

    @Test
    void accessesDuringClassInitializationAreNotChecked() throws Exception {
        runAlone("initializer", () -> {
            tracker.classInitStarted(deposit);
            tracker.fieldWritten(account, balance, deposit);
            tracker.classInitEnded(deposit);
        });
        runAlone("user", () -> tracker.fieldRead(account, balance, audit));
        assertTrue(findings.isEmpty(), findings.toString());
        runAlone("initializer-again", () -> tracker.fieldWritten(account, balance, deposit));
        assertEquals(1, findings.size(), "after the initializer ended, accesses are checked again");
    }

    @Test
    void anAccessDuringClassInitializationIsCheckedAgainstEarlierAccessesOfOtherThreads() throws Exception {
        runAlone("registrar", () -> tracker.fieldWritten(null, balance, audit));
        runAlone("initializer", () -> {
            tracker.classInitStarted(deposit);
            tracker.fieldWritten(null, balance, deposit);
            tracker.classInitEnded(deposit);
        });
        assertEquals(1, findings.size(), findings.toString());
        RaceFinding race = (RaceFinding) findings.get(0);
        assertEquals(List.of("initializer", "registrar"), List.of(race.accesses().get(0).thread(), race.accesses().get(1).thread()));
    }

    @Test
    void whatAnInitializerReceivedFromAnotherThreadIsOrderedBeforeTheClassesLaterUsers() throws Exception {
        Object queue = new Object();
        runAlone("loader", () -> {
            tracker.fieldWritten(account, balance, deposit);
            tracker.releasing(queue, deposit);
            tracker.fieldWritten(account, version, deposit); // after the hand-off: the initializer does not receive it
        });
        runAlone("initializer", () -> {
            tracker.classInitStarted(audit);
            tracker.acquired(queue, audit);
            tracker.classInitEnded(audit);
        });
        runAlone("user", () -> {
            tracker.fieldRead(account, balance, audit);
            tracker.fieldWritten(account, balance, audit);
            tracker.fieldRead(account, version, audit);
        });
        assertEquals(List.of("com.example.Account.version"), findings.stream().map(f -> ((RaceFinding) f).field()).toList());
    }

    @Test
    void anInitializerThatReceivedNothingOrdersNothing() throws Exception {
        runAlone("writer", () -> tracker.fieldWritten(account, balance, deposit));
        runAlone("initializer", () -> {
            tracker.classInitStarted(audit);
            tracker.classInitEnded(audit);
        });
        runAlone("user", () -> tracker.fieldRead(account, balance, audit));
        assertEquals(1, findings.size(), findings.toString());
    }

    @Test
    void aShutdownHooksAccessesAreNotChecked() throws Exception {
        runAlone("worker", () -> tracker.fieldWritten(account, balance, deposit));
        Thread hook = new Thread(() -> tracker.fieldWritten(account, balance, audit), "hook");
        tracker.shutdownHookAdded(hook, audit);
        hook.start();
        hook.join();
        assertEquals(List.of(), findings);
    }

    @Test
    void readsOfAnOptimisticReadAreNotCheckedUntilTheNextStampedLockCall() throws Exception {
        Object stampedLock = new Object();
        runAlone("writer", () -> tracker.fieldWritten(account, balance, deposit));
        runAlone("reader", () -> {
            tracker.optimisticReadBegan(stampedLock, audit);
            tracker.fieldRead(account, balance, audit);
            tracker.optimisticReadEnded(stampedLock, audit);
        });
        assertTrue(findings.isEmpty(), findings.toString());
        runAlone("reader-again", () -> tracker.fieldRead(account, balance, audit));
        assertEquals(1, findings.size(), "outside an optimistic read, reads are checked");
    }

    @Test
    void anOptimisticReadNestedInAnotherEndsOnlyItsOwn() throws Exception {
        Object network = new Object();
        Object line = new Object();
        runAlone("writer", () -> tracker.fieldWritten(account, balance, deposit));
        runAlone("reader", () -> {
            tracker.optimisticReadBegan(network, audit);
            tracker.optimisticReadBegan(line, audit);
            tracker.optimisticReadEnded(line, audit); // line.validate(..)
            tracker.fieldRead(account, balance, audit); // still in the network's optimistic read
            tracker.optimisticReadEnded(network, audit);
        });
        assertTrue(findings.isEmpty(), findings.toString());
        runAlone("reader-again", () -> tracker.fieldRead(account, balance, audit));
        assertEquals(1, findings.size(), "outside an optimistic read, reads are checked");
    }

    @Test
    void aCallbackInsideACallAcquiresAndReleasesTheCallsSyncObject() throws Exception {
        Object queue = new Object();
        runAlone("producer", () -> {
            tracker.fieldWritten(account, balance, deposit);
            tracker.releasing(queue, deposit); // put(job)
            tracker.acquired(queue, deposit);
        });
        runAlone("consumer", () -> {
            tracker.releasing(queue, audit); // take() calls job.compareTo inside
            tracker.callbackEntered(audit);
            tracker.fieldRead(account, balance, audit);
            tracker.fieldWritten(account, version, audit);
            tracker.callbackExited(audit);
            tracker.acquired(queue, audit);
        });
        runAlone("other", () -> {
            tracker.releasing(queue, deposit);
            tracker.acquired(queue, deposit);
            tracker.fieldRead(account, version, deposit);
        });
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void theHashOfAConcurrentMapCallsKeyAcquiresNothingFromTheMap() throws Exception {
        Object map = new Object();
        runAlone("lookup-1", () -> {
            tracker.releasingBeforeKeyHash(map, deposit); // map.get(key) hashes the key first
            tracker.hashCodeEntered(deposit);
            tracker.fieldRead(account, balance, deposit);
            tracker.fieldWritten(account, balance, deposit); // the cached hash
            tracker.callbackExited(deposit);
            tracker.acquired(map, deposit);
        });
        runAlone("lookup-2", () -> {
            tracker.releasingBeforeKeyHash(map, audit);
            tracker.hashCodeEntered(audit);
            tracker.callbackEntered(audit); // a component's hashCode, nested in the key's
            tracker.fieldRead(account, balance, audit);
            tracker.callbackExited(audit);
            tracker.callbackExited(audit);
            tracker.acquired(map, audit);
        });
        assertEquals(1, findings.size(), findings.toString());
    }

    @Test
    void aHashCodeAfterTheKeysOrOutsideAKeyedCallIsACallback() throws Exception {
        Object map = new Object();
        runAlone("putter", () -> {
            tracker.fieldWritten(account, balance, deposit);
            tracker.fieldWritten(account, version, deposit);
            tracker.releasing(map, deposit);
            tracker.acquired(map, deposit);
        });
        runAlone("hasher", () -> {
            tracker.releasingBeforeKeyHash(map, audit); // a key whose hashCode() is the JDK's: its equals comes first
            tracker.callbackEntered(audit);
            tracker.callbackExited(audit);
            tracker.hashCodeEntered(audit); // a stored key's, inside the map's call
            tracker.fieldRead(account, balance, audit);
            tracker.callbackExited(audit);
            tracker.acquired(map, audit);
        });
        runAlone("summer", () -> {
            tracker.releasing(map, audit); // map.hashCode(): the stored keys' hashes
            tracker.hashCodeEntered(audit);
            tracker.fieldRead(account, version, audit);
            tracker.callbackExited(audit);
            tracker.acquired(map, audit);
        });
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void aCallbackOutsideAnyCallOrdersNothing() throws Exception {
        runAlone("first", () -> tracker.fieldWritten(account, balance, deposit));
        runAlone("second", () -> {
            tracker.callbackEntered(audit);
            tracker.fieldRead(account, balance, audit);
            tracker.callbackExited(audit);
        });
        assertEquals(1, findings.size());
    }

    @Test
    void reportsTwoUnorderedCallsOnOneCollectionWithItsFieldClassAndMethods() throws Exception {
        java.util.Map<String, Integer> cache = new java.util.HashMap<>();
        int get = sites.register("com.example.Cache", "lookup", "Cache.java", 7);
        int put = sites.register("com.example.Cache", "store", "Cache.java", 9);
        sites.contentsCall(get, "get", "com.example.Cache.entries");
        sites.contentsCall(put, "put", "com.example.Cache.entries");
        runAlone("reader", () -> tracker.contentsAccessed(cache, cache.getClass(), false, get));
        runAlone("writer", () -> tracker.contentsAccessed(cache, cache.getClass(), true, put));
        assertEquals(1, findings.size());
        RaceFinding race = (RaceFinding) findings.get(0);
        assertEquals(List.of("com.example.Cache.entries", "java.util.HashMap"), List.of(race.field(), race.collection()));
        assertNull(race.index());
        assertEquals(List.of("writer", "write", "put", "reader", "read", "get"), List.of(
                race.accesses().get(0).thread(), race.accesses().get(0).op(), race.accesses().get(0).call(),
                race.accesses().get(1).thread(), race.accesses().get(1).op(), race.accesses().get(1).call()));
    }

    @Test
    void namesACollectionReadFromNoFieldByItsClass() throws Exception {
        StringBuilder log = new StringBuilder();
        int append = sites.register("com.example.Log", "line", "Log.java", 3);
        sites.contentsCall(append, "append", null);
        runAlone("logger-1", () -> tracker.contentsAccessed(log, log.getClass(), true, append));
        runAlone("logger-2", () -> tracker.contentsAccessed(log, log.getClass(), true, append));
        RaceFinding race = (RaceFinding) findings.get(0);
        assertEquals(List.of("java.lang.StringBuilder", "java.lang.StringBuilder"), List.of(race.field(), race.collection()));
    }

    @Test
    void staysSilentOnCollectionCallsOrderedByAMonitorOrThatOnlyRead() throws Exception {
        java.util.List<Integer> list = new java.util.ArrayList<>();
        java.util.List<Integer> readOnly = new java.util.ArrayList<>();
        Object lock = new Object();
        for (String name : List.of("adder-1", "adder-2")) {
            runAlone(name, () -> {
                tracker.monitorEntered(lock, deposit);
                tracker.contentsAccessed(list, list.getClass(), true, deposit);
                tracker.monitorExiting(lock, deposit);
                tracker.contentsAccessed(readOnly, readOnly.getClass(), false, audit);
            });
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void doesNotCheckCollectionCallsDuringClassInitialization() throws Exception {
        java.util.Map<String, Integer> codes = new java.util.HashMap<>();
        runAlone("initializer", () -> {
            tracker.classInitStarted(deposit);
            tracker.contentsAccessed(codes, codes.getClass(), true, deposit);
            tracker.classInitEnded(deposit);
        });
        runAlone("user", () -> tracker.contentsAccessed(codes, codes.getClass(), true, audit));
        assertEquals(List.of(), findings);
    }

    @Test
    void aCallOnASynchronizedWrapperIsOrderedWithTheProgramsBlocksOnItButNotWithAnUnlockedIteration() throws Exception {
        java.util.List<Integer> list = new java.util.ArrayList<>();
        Object wrapper = new Object(); // stands for Collections.synchronizedList(list), its own mutex
        runAlone("adder", () -> tracker.lockedContentsAccessed(wrapper, list, list.getClass(), true, deposit));
        runAlone("locked-reader", () -> {
            tracker.monitorEntered(wrapper, audit);
            tracker.contentsAccessed(list, list.getClass(), false, audit); // iterator() inside synchronized (wrapper)
            tracker.monitorExiting(wrapper, audit);
        });
        runAlone("second-adder", () -> tracker.lockedContentsAccessed(wrapper, list, list.getClass(), true, deposit));
        assertEquals(List.of(), findings);
        runAlone("unlocked-reader", () -> tracker.contentsAccessed(list, list.getClass(), false, audit));
        assertEquals(1, findings.size());
        RaceFinding race = (RaceFinding) findings.get(0);
        assertEquals(List.of("unlocked-reader", "second-adder"),
                List.of(race.accesses().get(0).thread(), race.accesses().get(1).thread()));
    }

    /** {@code map.compute(key, f)} on thread's clock, {@code f} writing (or reading and writing) the balance. */
    private void computeOn(Object map, int key, boolean reads, int site) {
        tracker.releasingBeforeKeyHash(map, site);
        tracker.keyedFunctionEntered(map, key, site);
        if (reads) {
            tracker.fieldRead(account, balance, site);
        }
        tracker.fieldWritten(account, balance, site);
        tracker.keyedFunctionExiting(map, key, site);
        tracker.acquired(map, site);
    }

    @Test
    void theFunctionsOfTwoKeysOfAConcurrentMapRaceOnAFieldTheyBothWrite() throws Exception {
        Object map = new java.util.concurrent.ConcurrentHashMap<>();
        runAlone("restock-a", () -> computeOn(map, 16, false, deposit));
        runAlone("restock-b", () -> computeOn(map, 32, false, audit));
        assertEquals(1, findings.size(), findings.toString());
        RaceFinding race = (RaceFinding) findings.get(0);
        assertEquals(List.of("restock-b", "restock-a"), List.of(race.accesses().get(0).thread(), race.accesses().get(1).thread()));
    }

    @Test
    void aKeyedFunctionIsOrderedAfterItsKeysFunctionsAndAfterTheMapsCalls() throws Exception {
        Object map = new java.util.concurrent.ConcurrentHashMap<>();
        runAlone("restock-a", () -> computeOn(map, 16, true, deposit));
        runAlone("restock-a-again", () -> computeOn(map, 16, true, audit)); // the same key
        runAlone("putter", () -> {
            tracker.fieldWritten(account, version, deposit);
            tracker.releasingBeforeKeyHash(map, deposit); // map.put(other, value)
            tracker.acquired(map, deposit);
        });
        runAlone("restock-b", () -> {
            tracker.releasingBeforeKeyHash(map, audit);
            tracker.keyedFunctionEntered(map, 32, audit); // another key: after the put all the same
            tracker.fieldRead(account, version, audit);
            tracker.keyedFunctionExiting(map, 32, audit);
            tracker.acquired(map, audit);
        });
        assertEquals(List.of(), findings);
    }

    @Test
    void everyAcquireOfAConcurrentMapGetsWhatItsKeyedFunctionsWrote() throws Exception {
        Object map = new java.util.concurrent.ConcurrentHashMap<>();
        runAlone("restock", () -> computeOn(map, 16, false, deposit));
        runAlone("reader", () -> {
            tracker.releasingBeforeKeyHash(map, audit); // map.get(key)
            tracker.acquired(map, audit);
            tracker.fieldRead(account, balance, audit);
        });
        runAlone("comparer", () -> {
            tracker.releasing(map, audit); // a call whose callback reads what a function wrote
            tracker.callbackEntered(audit);
            tracker.fieldRead(account, balance, audit);
            tracker.callbackExited(audit);
            tracker.acquired(map, audit);
        });
        assertEquals(List.of(), findings);
    }
}
