package com.example.locks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.Spliterator;
import java.util.Vector;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.StampedLock;

/** Fixture: calls on thread-safe JDK objects, through their own types and through collection interfaces. */
public final class ConcurrentObjects {

    private ConcurrentObjects() { }

    /** An application's queue: calls through its own type. */
    static final class Jobs extends LinkedBlockingQueue<String> { }

    /** An application's queue that overrides a method and calls the JDK's ({@code invokespecial}). */
    static final class Audited extends ConcurrentLinkedQueue<String> {
        @Override
        public boolean offer(String element) {
            return super.offer(element);
        }
    }

    static Object queuePutTake() throws InterruptedException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        queue.put("order");
        return List.of(queue, queue.take());
    }

    static AtomicInteger atomicIncrement() {
        AtomicInteger counter = new AtomicInteger();
        counter.incrementAndGet();
        return counter;
    }

    static CountDownLatch latch() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        latch.countDown();
        latch.await();
        return latch;
    }

    static Map<String, Integer> hashMapThroughMap() {
        Map<String, Integer> map = new HashMap<>();
        map.put("a", 1);
        map.get("a");
        return map;
    }

    static Map<String, Integer> concurrentMapThroughMap() {
        Map<String, Integer> map = new ConcurrentHashMap<>();
        map.put("a", 1);
        return map;
    }

    static Map<String, Integer> keySetIteration() {
        Map<String, Integer> map = new ConcurrentHashMap<>(Map.of("a", 1));
        Set<String> keys = map.keySet();
        Iterator<String> it = keys.iterator();
        it.next();
        return map;
    }

    static Map<String, Integer> concurrentEntrySetValue() {
        Map<String, Integer> map = new ConcurrentHashMap<>(Map.of("a", 1));
        for (Map.Entry<String, Integer> entry : map.entrySet()) {
            entry.setValue(2);
        }
        return map;
    }

    static Vector<String> vectorElements() {
        Vector<String> vector = new Vector<>(List.of("a"));
        Enumeration<String> elements = vector.elements();
        elements.nextElement();
        return vector;
    }

    static Queue<String> queueEnumeration() {
        Queue<String> queue = new ConcurrentLinkedQueue<>(List.of("a"));
        Enumeration<String> elements = Collections.enumeration(queue);
        elements.nextElement();
        return queue;
    }

    static Queue<String> queueSpliteratorTryAdvance() {
        Queue<String> queue = new ConcurrentLinkedQueue<>(List.of("a"));
        Spliterator<String> elements = queue.spliterator();
        elements.tryAdvance(element -> { });
        return queue;
    }

    static Map<String, Boolean> setFromConcurrentMap() {
        Map<String, Boolean> map = new ConcurrentHashMap<>();
        Set<String> set = Collections.newSetFromMap(map);
        set.add("a");
        set.iterator().next();
        return map;
    }

    static List<String> listSpliteratorTryAdvance() {
        List<String> list = new ArrayList<>(List.of("a"));
        Spliterator<String> elements = list.spliterator();
        elements.tryAdvance(element -> { });
        Collections.enumeration(list).nextElement();
        return list;
    }

    static Map<String, Integer> hashMapEntrySetValue() {
        Map<String, Integer> map = new HashMap<>(Map.of("a", 1));
        Map.Entry<String, Integer> entry = map.entrySet().iterator().next();
        entry.setValue(2);
        return map;
    }

    static List<String> synchronizedListAndVector() {
        List<String> list = Collections.synchronizedList(new ArrayList<>());
        list.add("a");
        Vector<String> vector = new Vector<>();
        vector.add("b");
        StringBuffer buffer = new StringBuffer();
        buffer.append("c");
        return list;
    }

    static Queue<String> fullQueueThrows() {
        Queue<String> queue = new ArrayBlockingQueue<>(1);
        queue.add("first");
        queue.add("second");
        return queue;
    }

    static Jobs subclassOfConcurrentQueue() {
        Jobs jobs = new Jobs();
        jobs.offer("job");
        return jobs;
    }

    /** A processor stage as {@code SubmissionPublisher}'s Javadoc suggests: its own calls are calls of an application class. */
    static final class Stage extends java.util.concurrent.SubmissionPublisher<String> {
        void fail(String why) {
            closeExceptionally(new IllegalStateException(why)); // a name no other synchronizing class has
        }
    }

    static Stage publisherSubclassFails() {
        Stage stage = new Stage();
        stage.fail("no input");
        return stage;
    }

    /** An element published with {@code putOrderedObject} and read back with {@code getObjectVolatile}, as JCTools does. */
    static Object[] unsafeOrderedElement() throws ReflectiveOperationException {
        java.lang.reflect.Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) field.get(null);
        Object[] slots = new Object[4];
        long first = unsafe.arrayBaseOffset(Object[].class);
        unsafe.putOrderedObject(slots, first, "tick");
        slots[1] = unsafe.getObjectVolatile(slots, first);
        return slots;
    }

    static List<Object> barrierWithAction() throws Exception {
        String[] ran = new String[1];
        CyclicBarrier barrier = new CyclicBarrier(1, () -> ran[0] = Thread.currentThread().getName());
        barrier.await();
        return List.of(barrier, ran[0]);
    }

    /** A mutex built on {@code AbstractQueuedSynchronizer}, as its Javadoc shows. */
    static final class MutexSync extends java.util.concurrent.locks.AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int acquires) {
            return compareAndSetState(0, 1);
        }

        @Override
        protected boolean tryRelease(int releases) {
            setState(0);
            return true;
        }
    }

    static MutexSync queuedSynchronizerLockUnlock() {
        MutexSync sync = new MutexSync();
        sync.acquire(1);
        sync.release(1);
        return sync;
    }

    static Audited overridingSubclass() {
        Audited audited = new Audited();
        audited.offer("entry");
        return audited;
    }

    static long timeUnit() {
        return TimeUnit.SECONDS.toMillis(1);
    }

    /** {@code compute} through {@code Map} on a concurrent map: its function runs inside the call. */
    static Object computeThroughMap() {
        Map<String, Integer> map = new ConcurrentHashMap<>();
        map.compute("visits", (key, old) -> old == null ? 1 : old + 1);
        return map;
    }

    /** The same on a {@code HashMap}. */
    static Object computeOnHashMapThroughMap() {
        Map<String, Integer> map = new HashMap<>();
        map.compute("visits", (key, old) -> old == null ? 1 : old + 1);
        return map.get("visits");
    }

    /** {@code updateAndGet}, whose function is an {@code IntUnaryOperator}. */
    static Object atomicUpdateAndGet() {
        AtomicInteger counter = new AtomicInteger(20);
        return List.of(counter, counter.updateAndGet(value -> value * 2 + 2));
    }

    /** A snapshot of a concurrent queue, taken by a copy constructor. */
    static Object copyOfQueue() {
        Queue<String> queue = new ConcurrentLinkedQueue<>(List.of("a", "b"));
        return List.of(queue, new ArrayList<>(queue));
    }

    /** An application list whose constructor passes its argument to {@code super(..)}. */
    /** Reads under a read stamp, then writes under a write stamp taken by {@code tryConvertToWriteLock}. */
    public static Object stampedReadThenConvert() {
        StampedLock lock = new StampedLock();
        long stamp = lock.readLock();
        long write = lock.tryConvertToWriteLock(stamp);
        lock.unlock(write);
        return lock;
    }

    static final class Bag extends ArrayList<String> {
        Bag(java.util.Collection<String> elements) {
            super(elements);
        }
    }

    static Object bagOfQueue() {
        return new Bag(new Vector<>(List.of("a")));
    }

    /** A {@code FutureTask} made and run here, then asked for its result. */
    static Object futureTaskRunAndGet() throws Exception {
        java.util.concurrent.FutureTask<String> task = new java.util.concurrent.FutureTask<>(() -> "report");
        task.run();
        return task.get();
    }

    /** A {@code FutureTask} subclass, its task given to {@code super(..)}. */
    static final class NamedJob extends java.util.concurrent.FutureTask<String> {
        final String name;

        NamedJob(String name, java.util.concurrent.Callable<String> work) {
            super(work);
            this.name = name;
        }

        NamedJob(String name, Runnable work, String result) {
            super(work, result);
            this.name = name;
        }
    }

    /** Two jobs of a {@code FutureTask} subclass (of a callable, of a runnable and its result) run here, then asked for their results. */
    static List<Object> futureTaskSubclassRunAndGet() throws Exception {
        NamedJob ofCallable = new NamedJob("callable", () -> "report");
        NamedJob ofRunnable = new NamedJob("runnable", () -> { }, "printed");
        ofCallable.run();
        ofRunnable.run();
        return List.of(ofCallable.get(), ofRunnable.get(), ofCallable.name, ofRunnable.name);
    }

    /** A job slot whose volatile state is set through an updater. */
    static final class Slot {
        volatile int state;
    }

    private static final java.util.concurrent.atomic.AtomicIntegerFieldUpdater<Slot> STATE =
            java.util.concurrent.atomic.AtomicIntegerFieldUpdater.newUpdater(Slot.class, "state");

    /** A gauge whose fields a {@code VarHandle} reaches in plain and opaque modes. */
    static final class Gauge {
        int level;
        volatile int version;
    }

    private static final java.lang.invoke.VarHandle LEVEL;
    private static final java.lang.invoke.VarHandle VERSION;
    private static final java.lang.invoke.VarHandle CELL = java.lang.invoke.MethodHandles.arrayElementVarHandle(int[].class);
    private static final java.lang.invoke.VarHandle INT_IN_BYTES =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    static {
        try {
            LEVEL = java.lang.invoke.MethodHandles.lookup().findVarHandle(Gauge.class, "level", int.class);
            VERSION = java.lang.invoke.MethodHandles.lookup().findVarHandle(Gauge.class, "version", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Plain and opaque modes of a {@code VarHandle} and of an atomic, then an atomic's {@code lazySet}; an array
     * element handle's plain modes, and a byte array view's.
     */
    static int plainModes() {
        Gauge gauge = new Gauge();
        LEVEL.set(gauge, 3);
        int level = (int) LEVEL.get(gauge);
        VERSION.set(gauge, level);
        VERSION.setOpaque(gauge, (int) VERSION.getOpaque(gauge) + 1);
        AtomicInteger counter = new AtomicInteger();
        counter.setPlain((int) VERSION.get(gauge));
        counter.lazySet(counter.getPlain() + counter.getOpaque());
        int[] cells = {counter.getPlain()};
        CELL.set(cells, 0, (int) CELL.get(cells, 0) + 1);
        byte[] bytes = new byte[4];
        INT_IN_BYTES.set(bytes, 0, 7);
        return cells[0] + bytes[0];
    }

    static Object updaterSet() {
        Slot slot = new Slot();
        STATE.set(slot, 1);
        return slot;
    }

    /** A cell whose private volatile field only its own class may reach through an updater. */
    static final class PrivateCell {
        private volatile int count;

        /** Makes the updater from names known only at run time, then uses it: the call needs its real caller. */
        static int incrementedBy(String field) {
            java.util.concurrent.atomic.AtomicIntegerFieldUpdater<PrivateCell> updater =
                    java.util.concurrent.atomic.AtomicIntegerFieldUpdater.newUpdater(PrivateCell.class, field);
            PrivateCell cell = new PrivateCell();
            updater.incrementAndGet(cell);
            return cell.count;
        }
    }

    static Object privateUpdaterFromNames() {
        return PrivateCell.incrementedBy(String.valueOf(new char[] {'c', 'o', 'u', 'n', 't'}));
    }
}
