package example.explorehunt;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-built work-stealing deque: its owner pops tasks from the bottom, a thief steals from the top. Both ends are
 * volatile, and each side checks that a task is left before it moves its end, but for the last task the owner's
 * check and the thief's do not exclude each other (the Chase-Lev deque settles it with a compare-and-set on
 * {@code top}): both take it, and the task runs twice.
 */
// weft: expect failure
public final class StealingDeque {

    static final class Deque {
        private final Runnable[] tasks = new Runnable[8];
        private volatile int top;
        private volatile int bottom;

        void push(Runnable task) {
            tasks[bottom] = task;
            bottom = bottom + 1;
        }

        Runnable pop() {
            int b = bottom - 1;
            bottom = b;
            if (top <= b) { // the bug: when top == b the thief may take the same task
                return tasks[b];
            }
            bottom = b + 1;
            return null;
        }

        Runnable steal() {
            int t = top;
            if (t < bottom) {
                Runnable task = tasks[t];
                top = t + 1;
                return task;
            }
            return null;
        }
    }

    static final AtomicInteger runs = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        Deque deque = new Deque();
        deque.push(runs::incrementAndGet);
        Thread thief = new Thread(() -> {
            Runnable task = deque.steal();
            if (task != null) {
                task.run();
            }
        }, "thief");
        Thread owner = new Thread(() -> {
            Runnable task = deque.pop();
            if (task != null) {
                task.run();
            }
        }, "owner");
        thief.start();
        owner.start();
        thief.join();
        owner.join();
        if (runs.get() != 1) {
            throw new IllegalStateException("the task ran " + runs.get() + " times");
        }
    }
}
