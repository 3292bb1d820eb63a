package dev.weft.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.weft.trace.Site;
import java.util.List;

/**
 * A real deadlock of this run: threads that each wait, forever, for a lock the next one holds (the last
 * waits for one the first holds; a single thread may wait for itself).
 *
 * @param id         stable id, from the wait sites and the sites where the awaited locks were taken
 * @param detectedBy what found it
 * @param threads    the threads in cycle order: each waits for a lock that the next one holds
 * @param locks      the locks the threads wait for, each once, in the order of {@code threads}
 * @param schedule   in a controlled run, the schedule file that leads to it (replay it with
 *                   {@code replay=}); {@code null}, and absent from the JSON, otherwise
 * @param confirms   in a run steered by {@code confirm=REPORT#ID}, the id of the {@code lock-order} finding this
 *                   deadlock confirms; {@code null}, and absent, otherwise
 */
public record DeadlockFinding(String id, DetectedBy detectedBy, List<BlockedThread> threads, List<LockInfo> locks,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String schedule,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String confirms)
        implements Finding {

    /** The {@link #kind()} of every deadlock finding. */
    public static final String KIND = "deadlock";

    @JsonCreator
    public DeadlockFinding {
        threads = List.copyOf(threads);
        locks = List.copyOf(locks);
    }

    /** A deadlock of an ordinary (not controlled) run. */
    public DeadlockFinding(String id, DetectedBy detectedBy, List<BlockedThread> threads, List<LockInfo> locks) {
        this(id, detectedBy, threads, locks, null, null);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** What found a deadlock. */
    public enum DetectedBy {
        /** Weft's own wait-for graph, from the events of instrumented code. */
        WAIT_FOR_GRAPH("wait-for-graph"),
        /** The JVM's own deadlock detection ({@code ThreadMXBean.findDeadlockedThreads}). */
        JVM("jvm"),
        /** The scheduling model of a controlled run: no thread could run and some were blocked. */
        SCHEDULING_MODEL("scheduling-model"),
        /**
         * Weft's watch over thread pools in a plain run: a pool's every thread waits for what only tasks queued behind
         * them would do, and no thread of the program can go on ({@code dev.weft.analysis.pool.PoolDeadlockDetector}).
         */
        THREAD_POOLS("thread-pools");

        private final String label;

        DetectedBy(String label) {
            this.label = label;
        }

        /** The name in the JSON report. */
        @JsonValue
        public String label() {
            return label;
        }
    }

    /**
     * One thread of the cycle.
     *
     * @param name     the thread's name
     * @param id       the thread's id
     * @param waitsFor the {@link LockInfo#name()} of the lock it waits for
     * @param waitMode how it asks for it: {@code exclusive}, or {@code shared} (a read lock)
     * @param waitSite where it waits
     * @param stack    its stack, innermost frame first, without weft's own frames
     * @param holds    every lock it holds, in the order it took them
     */
    public record BlockedThread(String name, long id, String waitsFor, String waitMode, Site waitSite,
                                List<Site> stack, List<HeldLock> holds) {
        public BlockedThread {
            stack = List.copyOf(stack);
            holds = List.copyOf(holds);
        }
    }

    /**
     * A lock a thread of the cycle holds.
     *
     * @param lock  the lock's name, as in {@link LockInfo#name()}
     * @param kind  as in {@link LockInfo#kind()}
     * @param mode  {@code exclusive}, or {@code shared} (a read lock)
     * @param site  where the thread took it (the first time, if it holds it reentrantly)
     * @param stack the stack when it took it, innermost first: the site, then the frames of the thread's
     *              current stack outside the method that took it (just the site when that method is no
     *              longer on the stack)
     */
    public record HeldLock(String lock, String kind, String mode, Site site, List<Site> stack) {
        public HeldLock {
            stack = List.copyOf(stack);
        }
    }

    /**
     * A lock some thread of the cycle waits for.
     *
     * @param name         {@code class@identityHash} in hex, as in thread dumps; for a joined thread,
     *                     {@code thread "name" (id 12)}
     * @param className    the lock object's class
     * @param identityHash its identity hash (0 when not known)
     * @param kind         {@code monitor}, {@code lock}, {@code read-write-lock} or {@code thread}; in a deadlock found
     *                     {@link DetectedBy#THREAD_POOLS by the watch over thread pools}, also {@code future},
     *                     {@code queued-task} (a future whose task waits in the pool's queue), {@code latch}... and the
     *                     pool itself, {@code thread-pool}, held by its threads; then {@code acquiredAt} is where the
     *                     future's task, or the tasks in the pool's queue, were submitted, as far as known
     * @param heldBy       the names of the threads that hold it
     * @param waitedForBy  the names of all threads that wait for it, in the cycle or not
     * @param acquiredAt   where each holder took it, in the order of {@code heldBy} (empty for a thread,
     *                     which holds itself from start to end)
     */
    public record LockInfo(String name, @JsonProperty("class") String className, int identityHash, String kind,
                           List<String> heldBy, List<String> waitedForBy, List<Site> acquiredAt) {
        public LockInfo {
            heldBy = List.copyOf(heldBy);
            waitedForBy = List.copyOf(waitedForBy);
            acquiredAt = List.copyOf(acquiredAt);
        }
    }
}
