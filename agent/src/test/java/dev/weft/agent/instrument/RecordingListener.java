package dev.weft.agent.instrument;

import dev.weft.runtime.Listener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** A listener that records each event with its thread, its target's class and its site. */
final class RecordingListener implements Listener {

    /**
     * One event: {@code kind} is the listener method's name, {@code target} the simple class name of
     * {@code object}; {@code state} is the hand-off sync object's {@code toString()} at the event.
     */
    record Event(String thread, String kind, String target, int site, Object object, String state) {
        @Override
        public String toString() {
            return kind + " " + target;
        }
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final IntFunction<String> fieldNames;

    /** @param fieldNames names a field id in the events of memory accesses */
    RecordingListener(IntFunction<String> fieldNames) {
        this.fieldNames = fieldNames;
    }

    /** A listener for tests that make no memory accesses. */
    RecordingListener() {
        this(field -> "field#" + field);
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /** The events of the named thread, as {@code "kind Target"}. */
    List<String> of(String thread) {
        return events.stream().filter(e -> e.thread().equals(thread)).map(Event::toString)
                .collect(Collectors.toList());
    }

    private void record(String kind, Object target, int site) {
        record(kind, target, site, null);
    }

    private void record(String kind, Object target, int site, String state) {
        events.add(new Event(Thread.currentThread().getName(), kind, target.getClass().getSimpleName(), site,
                target, state));
    }

    private void record(String kind, String target, int site) {
        events.add(new Event(Thread.currentThread().getName(), kind, target, site, null, null));
    }

    /** A field access is recorded as {@code "kind Class.field"}, with {@code " static"} for a static field. */
    private void recordField(String kind, Object owner, int field, int site) {
        record(kind, fieldNames.apply(field) + (owner == null ? " static" : ""), site);
    }

    /** A call on a collection is recorded as {@code "contentsRead ArrayList"} or {@code "contentsWritten HashMap"}. */
    @Override
    public void contentsAccessed(Object collection, Class<?> shownAs, boolean write, int site) {
        record(write ? "contentsWritten" : "contentsRead", collection, site);
    }

    /** An element access is recorded as {@code "kind type[index]"}, e.g. {@code "arrayRead long[1]"}. */
    private void recordElement(String kind, Object array, int index, int site) {
        record(kind, array.getClass().getComponentType().getSimpleName() + "[" + index + "]", site);
    }

    /** A bulk access is recorded as {@code "kind type[from..to)"}, e.g. {@code "arrayElementsWritten char[2..5)"}. */
    @Override
    public void arrayElementsAccessed(Object array, int from, int to, boolean write, int site) {
        record(write ? "arrayElementsWritten" : "arrayElementsRead",
                array.getClass().getComponentType().getSimpleName() + "[" + from + ".." + to + ")", site);
    }

    @Override
    public void monitorEnterRequested(Object monitor, int site) {
        record("monitorEnterRequested", monitor, site);
    }

    @Override
    public void monitorEntered(Object monitor, int site) {
        record("monitorEntered", monitor, site);
    }

    @Override
    public void monitorExiting(Object monitor, int site) {
        record("monitorExiting", monitor, site);
    }

    @Override
    public void lockRequested(Object lock, int site, boolean timed) {
        record(timed ? "lockRequested(timed)" : "lockRequested", lock, site);
    }

    @Override
    public void lockAcquired(Object lock, int site) {
        record("lockAcquired", lock, site);
    }

    @Override
    public void lockNotAcquired(Object lock, int site) {
        record("lockNotAcquired", lock, site);
    }

    @Override
    public void lockReleasing(Object lock, int site) {
        record("lockReleasing", lock, site);
    }

    @Override
    public void superLockAcquired(Object lock, int site) {
        record("superLockAcquired", lock, site);
    }

    @Override
    public void superUnlocking(Object lock, int site) {
        record("superUnlocking", lock, site);
    }

    @Override
    public void waitRequested(Object monitor, int site, boolean timed) {
        record(timed ? "waitRequested(timed)" : "waitRequested", monitor, site);
    }

    @Override
    public void waitEnded(Object monitor, int site) {
        record("waitEnded", monitor, site);
    }

    @Override
    public void threadStarting(Thread thread, int site) {
        record("threadStarting", thread, site);
    }

    @Override
    public void joinRequested(Thread thread, int site, boolean timed) {
        record(timed ? "joinRequested(timed)" : "joinRequested", thread, site);
    }

    @Override
    public void joinEnded(Thread thread, int site) {
        record("joinEnded", thread, site);
    }

    @Override
    public void fieldRead(Object owner, int field, int site) {
        recordField("fieldRead", owner, field, site);
    }

    @Override
    public void fieldWritten(Object owner, int field, int site) {
        recordField("fieldWritten", owner, field, site);
    }

    @Override
    public void volatileReading(Object owner, int field, int site) {
        recordField("volatileReading", owner, field, site);
    }

    @Override
    public void volatileRead(Object owner, int field, int site) {
        recordField("volatileRead", owner, field, site);
    }

    @Override
    public void volatileWriting(Object owner, int field, int site) {
        recordField("volatileWriting", owner, field, site);
    }

    @Override
    public void arrayRead(Object array, int index, int site) {
        recordElement("arrayRead", array, index, site);
    }

    @Override
    public void arrayWritten(Object array, int index, int site) {
        recordElement("arrayWritten", array, index, site);
    }

    @Override
    public void releasing(Object sync, int site) {
        record("releasing", sync, site, String.valueOf(sync));
    }

    @Override
    public void acquired(Object sync, int site) {
        record("acquired", sync, site, String.valueOf(sync));
    }

    @Override
    public void releasingShared(Object sync, int site) {
        record("releasingShared", sync, site);
    }

    @Override
    public void acquiredExclusive(Object sync, int site) {
        record("acquiredExclusive", sync, site);
    }
}
