package example.explorehunt;

/**
 * Four philosophers at a round table, each taking the fork on the left, then the one on the right: when all four
 * hold their left fork, each waits for a neighbour's and none eats. An argument delays every philosopher after the
 * first by that many milliseconds (a plain run then predicts the cycle without deadlocking).
 */
// weft: expect deadlock
public final class PhilosophersFour {

    static final int SEATS = 4;
    static int mealsServed;

    public static void main(String[] args) throws InterruptedException {
        long delay = args.length > 0 ? Long.parseLong(args[0]) : 0;
        Object[] forks = new Object[SEATS];
        for (int i = 0; i < SEATS; i++) {
            forks[i] = new Object();
        }
        Thread[] philosophers = new Thread[SEATS];
        for (int i = 0; i < SEATS; i++) {
            Object left = forks[i];
            Object right = forks[(i + 1) % SEATS];
            long start = i * delay;
            philosophers[i] = new Thread(() -> dine(left, right, start), "philosopher-" + i);
            philosophers[i].start();
        }
        for (Thread philosopher : philosophers) {
            philosopher.join();
        }
        System.out.println("meals served: " + mealsServed);
    }

    static void dine(Object left, Object right, long start) {
        pause(start);
        synchronized (left) {
            synchronized (right) {
                synchronized (PhilosophersFour.class) {
                    mealsServed++;
                }
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
