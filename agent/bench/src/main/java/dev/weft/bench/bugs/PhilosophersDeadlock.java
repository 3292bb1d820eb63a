package dev.weft.bench.bugs;

/**
 * Three philosophers, each taking the fork on the left and then the one on the right: a deadlock only
 * when all three hold their left fork at once (a bug of depth 3 for PCT).
 */
public final class PhilosophersDeadlock {

    private PhilosophersDeadlock() { }

    public static void main(String[] args) throws InterruptedException {
        Object[] forks = {new Object(), new Object(), new Object()};
        Thread[] philosophers = new Thread[forks.length];
        for (int i = 0; i < forks.length; i++) {
            Object left = forks[i];
            Object right = forks[(i + 1) % forks.length];
            philosophers[i] = new Thread(() -> {
                synchronized (left) {
                    synchronized (right) {
                        Thread.onSpinWait();
                    }
                }
            }, "philosopher-" + i);
        }
        for (Thread philosopher : philosophers) {
            philosopher.start();
        }
        for (Thread philosopher : philosophers) {
            philosopher.join();
        }
    }
}
