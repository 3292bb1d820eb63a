package example.app;

/**
 * Three philosophers, each taking the fork on the left and then the one on the right: one lock-order cycle
 * through three threads, a deadlock only when all three hold their left fork at once (no latch forces it).
 */
public final class PhilosophersAtTable {

    public static void main(String[] args) throws Exception {
        Object[] forks = {new Object(), new Object(), new Object()};
        Thread[] philosophers = new Thread[forks.length];
        for (int i = 0; i < forks.length; i++) {
            Object left = forks[i];
            Object right = forks[(i + 1) % forks.length];
            philosophers[i] = new Thread(() -> { synchronized (left) { synchronized (right) { } } }, "philosopher-" + i);
        }
        for (Thread philosopher : philosophers) {
            philosopher.start();
        }
        for (Thread philosopher : philosophers) {
            philosopher.join();
        }
        System.out.println("done");
    }
}
