package example.explorehunt;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A single-worker task queue whose worker loops while a volatile {@code shutdown} flag is clear, read outside the
 * queue's lock, and then awaits a task under the lock. When the owner shuts the queue down (flag, then
 * {@code signalAll}) between the worker's look at the flag and its {@code await}, the signal finds nobody waiting
 * and the worker waits for a task that never comes.
 */
// weft: expect deadlock
public final class WorkQueueShutdownOutside {

    static final class WorkQueue {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition nonEmpty = lock.newCondition();
        private final Queue<Runnable> tasks = new ArrayDeque<>();
        private volatile boolean shutdown;

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
            shutdown = true;
            lock.lock();
            try {
                nonEmpty.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** The next task, or {@code null} when woken by the shutdown with none left. */
        Runnable take() throws InterruptedException {
            lock.lock();
            try {
                while (tasks.isEmpty()) {
                    nonEmpty.await();
                    if (shutdown && tasks.isEmpty()) {
                        return null;
                    }
                }
                return tasks.poll();
            } finally {
                lock.unlock();
            }
        }

        void work() throws InterruptedException {
            while (!shutdown) { // the bug: the flag is read outside the lock the shutdown signals under
                Runnable task = take();
                if (task == null) {
                    return;
                }
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
