package dev.weft.schedule;

/** What a thread is about to do at a scheduling point. */
public enum OpKind {
    /** Enter a monitor ({@code synchronized}): enabled when no other thread holds it. */
    MONITOR_ENTER("monitor-enter"),
    /**
     * Acquire a {@code Lock}: enabled when no other thread holds it (always, when timed); for the write half
     * of a read-write lock, also when no thread, this one included, holds its read half; for a {@code StampedLock}'s
     * write stamp, when the lock says it would grant it ({@link Machine#stampedLock}).
     */
    LOCK("lock"),
    /**
     * Acquire the read half of a read-write lock: enabled when no other thread holds its write half
     * (always, when timed); a {@code StampedLock}'s read stamp, when the lock says it would grant it.
     */
    READ_LOCK("read-lock"),
    /** Come back from {@code wait}: enabled once notified (always, when timed) and the monitor is free. */
    WAIT("wait"),
    /** Join a thread: enabled once it has ended (always, when timed or not a thread of the model). */
    JOIN("join"),
    /** Start a thread. */
    START("start"),
    /** Read shared memory. */
    READ("read"),
    /** Write shared memory. */
    WRITE("write"),
    /** Give up the CPU ({@code Thread.yield}, {@code Thread.sleep}). */
    YIELD("yield"),
    /**
     * A blocking {@code java.util.concurrent} call ({@code CountDownLatch.await}, {@code Semaphore.acquire},
     * {@code BlockingQueue.take}/{@code put}...) on the sync object {@code target}: enabled when the call can
     * proceed without blocking (see {@link Machine#canProceed}); when timed, also when no other thread can go
     * on (chosen while it cannot proceed, the call times out).
     */
    BLOCK("block"),
    /**
     * Try a {@code Lock} without waiting ({@code tryLock()}; a {@code StampedLock}'s untimed try or conversion, a
     * {@code Semaphore}'s untimed {@code tryAcquire}): always enabled; it takes the lock only when no other thread holds
     * it, as the real call does. Last, as a schedule file's checks hash the kinds' ordinals.
     */
    TRY_LOCK("try-lock");

    private final String label;

    OpKind(String label) {
        this.label = label;
    }

    /** The name in the timeline: {@code monitor-enter}, {@code read}... */
    public String label() {
        return label;
    }
}
