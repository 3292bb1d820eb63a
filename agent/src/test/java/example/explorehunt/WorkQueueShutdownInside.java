package example.explorehunt;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The twin of {@link WorkQueueShutdownOutside}: the worker looks at the shutdown flag only under the queue's lock, in
 * the loop that awaits a task, so the shutdown's {@code signalAll} is either seen as the flag or wakes the worker.
 */
// weft: expect none
public final class WorkQueueShutdownInside {

    static final class WorkQueue {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition nonEmpty = lock.newCondition();
        private final Queue<Runnable> tasks = new ArrayDeque<>();
        private boolean shutdown;

        void submit(Runnable task) {
            lock.lock();
            try {
                tasks.add(task);
                nonEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        void shutdown() {
            lock.lock();
            try {
                shutdown = true;
                nonEmpty.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** The next task, or {@code null} once the queue is shut down with none left. */
        Runnable take() throws InterruptedException {
            lock.lock();
            try {
                while (tasks.isEmpty() && !shutdown) {
                    nonEmpty.await();
                }
                return tasks.poll();
            } finally {
                lock.unlock();
            }
        }

        void work() throws InterruptedException {
            for (Runnable task = take(); task != null; task = take()) {
                task.run();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        WorkQueue queue = new WorkQueue();
        Thread worker = new Thread(() -> {
            try {
                queue.work();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "queue-worker");
        worker.start();
        queue.submit(() -> System.out.println("resize thumbnail"));
        queue.shutdown();
        worker.join();
    }
}
