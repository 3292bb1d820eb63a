package example.explorehunt;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Twin of {@link StealingDeque}: as in the Chase-Lev deque, the owner and the thief take the last task by a
 * compare-and-set on {@code top}, which one of them wins.
 */
// weft: expect none
public final class StealingDequeCas {

    static final class Deque {
        private final Runnable[] tasks = new Runnable[8];
        private final AtomicInteger top = new AtomicInteger();
        private volatile int bottom;

        void push(Runnable task) {
            tasks[bottom] = task;
            bottom = bottom + 1;
        }

        Runnable pop() {
            int b = bottom - 1;
            bottom = b;
            int t = top.get();
            if (t > b) {
                bottom = t;
                return null;
            }
            Runnable task = tasks[b];
            if (t < b) {
                return task;
            }
            boolean won = top.compareAndSet(t, t + 1);
            bottom = t + 1;
            return won ? task : null;
        }

        Runnable steal() {
            int t = top.get();
            if (t < bottom) {
                Runnable task = tasks[t];
                if (top.compareAndSet(t, t + 1)) {
                    return task;
                }
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
