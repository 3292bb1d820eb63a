package example.exploreshapes;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/** Two tasks of a virtual-thread-per-task executor (JDK 21+) take two locks in opposite orders. */
// weft: expect deadlock
public final class VirtualExecutorLocks {

    private static final ReentrantLock SESSIONS = new ReentrantLock();
    private static final ReentrantLock TOKENS = new ReentrantLock();

    public static void main(String[] args) throws Exception {
        try (ExecutorService perTask = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> login = perTask.submit(() -> both(SESSIONS, TOKENS));
            Future<?> logout = perTask.submit(() -> both(TOKENS, SESSIONS));
            login.get();
            logout.get();
        }
        System.out.println("done");
    }

    private static void both(ReentrantLock first, ReentrantLock second) {
        first.lock();
        try {
            second.lock();
            try {
                Thread.yield();
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }
}
