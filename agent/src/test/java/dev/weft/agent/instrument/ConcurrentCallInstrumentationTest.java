package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentCallInstrumentationTest {

    private final Fixtures fixtures = Fixtures.withHandOffs();

    private List<RecordingListener.Event> handOffs() {
        return fixtures.listener.events().stream()
                .filter(e -> e.kind().equals("releasing") || e.kind().equals("acquired")).toList();
    }

    private void assertAllOn(Object sync) {
        handOffs().forEach(e -> assertSame(sync, e.object(), e.toString()));
    }

    @Test
    void blockingQueueCallsReleaseBeforeAndAcquireAfterOnTheQueue() throws Throwable {
        List<?> result = (List<?>) fixtures.run("ConcurrentObjects", "queuePutTake");
        assertEquals("order", result.get(1));
        assertEquals(List.of("releasing LinkedBlockingQueue", "acquired LinkedBlockingQueue",
                "releasing LinkedBlockingQueue", "acquired LinkedBlockingQueue"), fixtures.events());
        assertAllOn(result.get(0));
        assertEquals(List.of("[]", "[order]", "[order]", "[]"), handOffs().stream().map(e -> e.state()).toList());
    }

    @Test
    void atomicUpdateIsReleasedBeforeAndAcquiredAfterItHappens() throws Throwable {
        AtomicInteger counter = (AtomicInteger) fixtures.run("ConcurrentObjects", "atomicIncrement");
        assertEquals(List.of("releasing AtomicInteger", "acquired AtomicInteger"), fixtures.events());
        assertAllOn(counter);
        assertEquals(List.of("0", "1"), handOffs().stream().map(e -> e.state()).toList());
    }

    @Test
    void latchCountDownAndAwaitGoThroughTheLatch() throws Throwable {
        Object latch = fixtures.run("ConcurrentObjects", "latch");
        assertEquals(List.of("releasing CountDownLatch", "acquired CountDownLatch",
                "releasing CountDownLatch", "acquired CountDownLatch"), fixtures.events());
        assertAllOn(latch);
    }

    @Test
    void functionRunInsideComputeAcquiresAndReleasesTheMap() throws Throwable {
        Object map = fixtures.run("ConcurrentObjects", "computeThroughMap");
        assertEquals(List.of("releasing ConcurrentHashMap", "acquired ConcurrentHashMap",
                "releasing ConcurrentHashMap", "acquired ConcurrentHashMap"), fixtures.events());
        assertAllOn(map);
    }

    @Test
    void stampedLockCallsReleaseInTheModeOfTheirStampAndAWriteStampAcquiresExclusively() throws Throwable {
        Object lock = fixtures.run("ConcurrentObjects", "stampedReadThenConvert");
        assertEquals(List.of("releasingShared StampedLock", "acquired StampedLock", // readLock()
                "releasingShared StampedLock", "acquired StampedLock", "acquiredExclusive StampedLock", // convert
                "releasing StampedLock", "acquired StampedLock"), fixtures.events()); // unlock(writeStamp)
    }

    @Test
    void computeOnAHashMapGetsNoEdgesAndTheSameResult() throws Throwable {
        assertEquals(1, fixtures.run("ConcurrentObjects", "computeOnHashMapThroughMap"));
        assertEquals(List.of(), fixtures.events());
    }

    @Test
    void functionOfAnInterfaceWithoutAWrapperClassIsWrappedByAProxy() throws Throwable {
        List<?> result = (List<?>) fixtures.run("ConcurrentObjects", "atomicUpdateAndGet");
        assertEquals(42, result.get(1));
        assertEquals(List.of("releasing AtomicInteger", "acquired AtomicInteger",
                "releasing AtomicInteger", "acquired AtomicInteger"), fixtures.events());
        assertAllOn(result.get(0));
    }

    @Test
    void hashMapThroughAMapCallSiteGetsNoEdges() throws Throwable {
        fixtures.run("ConcurrentObjects", "hashMapThroughMap");
        assertEquals(List.of(), fixtures.events());
    }

    @Test
    void concurrentMapThroughAMapCallSiteGetsEdges() throws Throwable {
        Object map = fixtures.run("ConcurrentObjects", "concurrentMapThroughMap");
        assertEquals(List.of("releasing ConcurrentHashMap", "acquired ConcurrentHashMap"), fixtures.events());
        assertAllOn(map);
        assertEquals(Map.of("a", 1), map);
    }

    @Test
    void keySetAndItsIteratorShareTheMapsSyncObject() throws Throwable {
        Object map = fixtures.run("ConcurrentObjects", "keySetIteration");
        assertEquals(6, handOffs().size(), fixtures.events().toString()); // keySet, iterator, next
        assertAllOn(map);
    }

    @Test
    void setValueOfAConcurrentMapsEntryReleasesAndAcquiresTheMap() throws Throwable {
        Object map = fixtures.run("ConcurrentObjects", "concurrentEntrySetValue");
        assertEquals(Map.of("a", 2), map);
        assertEquals(12, handOffs().size(), fixtures.events().toString()); // entrySet, iterator, hasNext, next, setValue, hasNext
        assertAllOn(map);
    }

    @Test
    void aVectorsEnumerationSharesTheVectorsSyncObject() throws Throwable {
        Object vector = fixtures.run("ConcurrentObjects", "vectorElements");
        assertEquals(4, handOffs().size(), fixtures.events().toString()); // elements, nextElement
        assertAllOn(vector);
    }

    @Test
    void collectionsEnumerationOfAConcurrentQueueSharesTheQueuesSyncObject() throws Throwable {
        Object queue = fixtures.run("ConcurrentObjects", "queueEnumeration");
        assertEquals(4, handOffs().size(), fixtures.events().toString()); // enumeration, nextElement
        assertAllOn(queue);
    }

    @Test
    void tryAdvanceOfAConcurrentQueuesSpliteratorAcquiresTheQueueBeforeTheAction() throws Throwable {
        Object queue = fixtures.run("ConcurrentObjects", "queueSpliteratorTryAdvance");
        assertEquals(List.of("releasing", "acquired", "releasing", "acquired", "releasing", "acquired"),
                handOffs().stream().map(RecordingListener.Event::kind).toList(), fixtures.events().toString()); // spliterator; tryAdvance, its action
        assertAllOn(queue);
    }

    @Test
    void aSetFromAConcurrentMapSharesTheMapsSyncObject() throws Throwable {
        Object map = fixtures.run("ConcurrentObjects", "setFromConcurrentMap");
        assertEquals(8, handOffs().size(), fixtures.events().toString()); // newSetFromMap, add, iterator, next
        assertAllOn(map);
    }

    @Test
    void aListsSpliteratorAndEnumerationGetNoEdges() throws Throwable {
        fixtures.run("ConcurrentObjects", "listSpliteratorTryAdvance");
        assertEquals(List.of(), handOffs());
    }

    @Test
    void setValueOfAHashMapsEntryGetsNoEdges() throws Throwable {
        assertEquals(Map.of("a", 2), fixtures.run("ConcurrentObjects", "hashMapEntrySetValue"));
        assertEquals(List.of(), fixtures.events());
    }

    @Test
    void synchronizedWrapperVectorAndStringBufferGetEdges() throws Throwable {
        fixtures.run("ConcurrentObjects", "synchronizedListAndVector");
        assertEquals(List.of("releasing SynchronizedRandomAccessList", "acquired SynchronizedRandomAccessList",
                "releasing Vector", "acquired Vector", "releasing StringBuffer", "acquired StringBuffer"),
                fixtures.events());
    }

    @Test
    void callThatThrowsStillAcquiresAndThrowsTheSameException() throws Throwable {
        assertThrows(IllegalStateException.class, () -> fixtures.run("ConcurrentObjects", "fullQueueThrows"));
        assertEquals(List.of("releasing ArrayBlockingQueue", "acquired ArrayBlockingQueue",
                "releasing ArrayBlockingQueue", "acquired ArrayBlockingQueue"), fixtures.events());
    }

    @Test
    void callThroughAnApplicationSubclassOfAConcurrentQueueGetsEdges() throws Throwable {
        Object jobs = fixtures.run("ConcurrentObjects", "subclassOfConcurrentQueue");
        assertEquals(List.of("releasing Jobs", "acquired Jobs"), fixtures.events());
        assertAllOn(jobs);
    }

    @Test
    void aSubmissionPublisherSubclassesOwnCallGetsEdges() throws Throwable {
        Object stage = fixtures.run("ConcurrentObjects", "publisherSubclassFails");
        assertEquals(List.of("releasing Stage", "acquired Stage"), fixtures.events());
        assertAllOn(stage);
    }

    @Test
    void anUnsafeOrderedPutAndVolatileGetOfAnElementReleaseAndAcquireTheArray() throws Throwable {
        Object[] slots = (Object[]) fixtures.run("ConcurrentObjects", "unsafeOrderedElement");
        assertEquals("tick", slots[1]);
        assertEquals(List.of("releasing Object[]", "acquired Object[]", "releasing Object[]", "acquired Object[]"), fixtures.events());
        assertAllOn(slots);
    }

    @Test
    void callsOnAnApplicationsQueuedSynchronizerAndItsStateGetEdges() throws Throwable {
        Object sync = fixtures.run("ConcurrentObjects", "queuedSynchronizerLockUnlock");
        // acquire(1), inside it compareAndSetState in tryAcquire; release(1), inside it setState in tryRelease
        assertEquals(List.of("releasing MutexSync", "releasing MutexSync", "acquired MutexSync", "acquired MutexSync",
                "releasing MutexSync", "releasing MutexSync", "acquired MutexSync", "acquired MutexSync"), fixtures.events());
        assertAllOn(sync);
    }

    @Test
    void superCallFromAnOverrideInAnApplicationSubclassGetsEdgesToo() throws Throwable {
        Object audited = fixtures.run("ConcurrentObjects", "overridingSubclass");
        assertEquals(List.of("releasing Audited", "releasing Audited", "acquired Audited", "acquired Audited"),
                fixtures.events());
        assertAllOn(audited);
        assertEquals(1, ((Collection<?>) audited).size());
    }

    @Test
    void barrierActionRunsBetweenTheArrivalsAndTheReturnsOfAwait() throws Throwable {
        List<?> result = (List<?>) fixtures.run("ConcurrentObjects", "barrierWithAction");
        assertEquals(Thread.currentThread().getName(), result.get(1));
        assertEquals(List.of("releasing Token", "acquired Token", "releasing Token", "acquired Token"),
                fixtures.events()); // await, the action, await's return
        assertAllOn(handOffs().get(0).object());
    }

    @Test
    void timeUnitIsNoSynchronizer() throws Throwable {
        assertEquals(1000L, fixtures.run("ConcurrentObjects", "timeUnit"));
        assertEquals(List.of(), fixtures.events());
    }

    @Test
    void copyConstructorAcquiresTheCollectionItCopies() throws Throwable {
        List<?> result = (List<?>) fixtures.run("ConcurrentObjects", "copyOfQueue");
        assertEquals(List.of("a", "b"), result.get(1));
        assertEquals(List.of("acquired ConcurrentLinkedQueue"), fixtures.events());
        assertAllOn(result.get(0));
    }

    @Test
    void superConstructorCallOfASubclassIsLeftAsItIs() throws Throwable {
        assertEquals(List.of("a"), fixtures.run("ConcurrentObjects", "bagOfQueue"));
        assertEquals(List.of(), fixtures.events(), "no acquire of the Vector: Bag's super(..) is not a copy made here");
    }

    @Test
    void futureTaskReleasesItsTaskEndIntoWhatItsGetAcquires() throws Throwable {
        assertEquals("report", fixtures.run("ConcurrentObjects", "futureTaskRunAndGet"));
        List<RecordingListener.Event> handOffs = handOffs();
        Object sync = handOffs.get(0).object();
        handOffs.forEach(e -> assertSame(sync, e.object(), e.toString()));
        assertEquals(List.of("releasing", "acquired", "releasing", "acquired", "releasing", "acquired"),
                handOffs.stream().map(RecordingListener.Event::kind).toList(),
                "run(): the call's release, the task's acquire and release inside, the call's acquire; then get()");
    }

    @Test
    void futureTaskSubclassWrapsTheTaskItGivesToSuperAndSharesItsSyncObject() throws Throwable {
        assertEquals(List.of("report", "printed", "callable", "runnable"), fixtures.run("ConcurrentObjects", "futureTaskSubclassRunAndGet"));
        List<RecordingListener.Event> handOffs = handOffs();
        assertEquals(12, handOffs.size(), handOffs.toString());
        for (int job = 0; job < 2; job++) { // run(): release, the task's acquire and release inside, acquire; get() later
            Object run = handOffs.get(4 * job).object();
            Object get = handOffs.get(8 + 2 * job).object();
            assertEquals(List.of("releasing", "acquired", "releasing", "acquired"),
                    handOffs.subList(4 * job, 4 * job + 4).stream().map(RecordingListener.Event::kind).toList());
            handOffs.subList(4 * job, 4 * job + 4).forEach(e -> assertSame(run, e.object(), e.toString()));
            assertSame(run, get, "get() acquires what the task released");
        }
    }

    /**
     * {@code newUpdater} is caller-sensitive: it must stay a call made by the class itself, or its access
     * check refuses a private field. Made from a name known only at run time, the updater gets no field.
     */
    @Test
    void privateFieldUpdaterMadeFromARuntimeNameStillWorks() throws Throwable {
        dev.weft.runtime.FieldHandles.install(fixtures.fields::id);
        try {
            assertEquals(1, fixtures.run("ConcurrentObjects", "privateUpdaterFromNames"));
        } finally {
            dev.weft.runtime.FieldHandles.install(null);
        }
        assertTrue(fixtures.events().stream().noneMatch(e -> e.contains("PrivateCell.count")), fixtures.events().toString());
    }

    @Test
    void fieldUpdaterCallWritesAndReadsItsVolatileField() throws Throwable {
        dev.weft.runtime.FieldHandles.install(fixtures.fields::id);
        try {
            fixtures.run("ConcurrentObjects", "updaterSet");
        } finally {
            dev.weft.runtime.FieldHandles.install(null);
        }
        assertEquals(List.of("releasing AtomicIntegerFieldUpdaterImpl", "volatileWriting ConcurrentObjects$Slot.state",
                "volatileRead ConcurrentObjects$Slot.state", "acquired AtomicIntegerFieldUpdaterImpl"), fixtures.events());
    }

    /**
     * Plain and opaque modes order nothing (JLS: they are not synchronization actions): a {@code VarHandle}'s
     * plain {@code get}/{@code set} of a plain field are its read and write, those of a {@code volatile} field and
     * the opaque modes report nothing; an atomic's {@code getPlain}/{@code setPlain}/{@code getOpaque} neither;
     * its {@code lazySet} (a release) still hands off. An array element handle's plain modes are the element's
     * read and write (this fixture's own array accesses are not instrumented); a byte array view's (whose index counts
     * bytes) are not checked.
     */
    @Test
    void plainAndOpaqueModesHandNothingOff() throws Throwable {
        dev.weft.runtime.FieldHandles.install(fixtures.fields::id);
        try {
            assertEquals(9 + 7, fixtures.run("ConcurrentObjects", "plainModes"));
        } finally {
            dev.weft.runtime.FieldHandles.install(null);
        }
        assertEquals(List.of("fieldWritten ConcurrentObjects$Gauge.level", "fieldRead ConcurrentObjects$Gauge.level",
                "releasing AtomicInteger", "acquired AtomicInteger", "arrayRead int[0]", "arrayWritten int[0]"), fixtures.events());
    }
}
