package dev.weft.analysis.pool;

import dev.weft.trace.Site;
import java.util.List;

/**
 * A {@code ThreadPoolExecutor} at one moment.
 *
 * @param id           unique among the objects of one moment
 * @param className    the pool's class
 * @param identityHash its identity hash
 * @param workers      the ids of all its threads
 * @param busyWorkers  how many of them run a task (the others wait for one in the queue)
 * @param queuedTasks  how many tasks its queue holds, that none of its threads has taken
 * @param queuedAt     where those tasks were submitted, as far as known (each site once, in queue order)
 */
public record Pool(long id, String className, int identityHash, List<Long> workers, int busyWorkers, int queuedTasks,
                   List<Site> queuedAt) {

    public Pool {
        workers = List.copyOf(workers);
        queuedAt = List.copyOf(queuedAt);
    }

    /** Every thread of the pool runs a task, and tasks wait in its queue behind them. */
    boolean full() {
        return queuedTasks > 0 && !workers.isEmpty() && busyWorkers == workers.size();
    }

    /** The name people know from thread dumps: {@code java.util.concurrent.ThreadPoolExecutor@1b6d3586}. */
    String displayName() {
        return className + "@" + Integer.toHexString(identityHash);
    }
}
