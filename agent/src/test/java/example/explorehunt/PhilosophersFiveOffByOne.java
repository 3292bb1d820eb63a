package example.explorehunt;

/**
 * Five philosophers at a round table with the usual fix: the last one takes its right fork first, which breaks the
 * cycle. But the check is off by one ({@code seat == SEATS} is never true), so all five take left then right, and
 * when all hold their left fork none eats. An argument delays every philosopher after the first by that many
 * milliseconds (a plain run then predicts the cycle without deadlocking).
 */
// weft: expect deadlock
public final class PhilosophersFiveOffByOne {

    static final int SEATS = 5;
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
            boolean rightFirst = i == SEATS; // the bug: the last seat is SEATS - 1
            long start = i * delay;
            philosophers[i] = new Thread(() -> dine(rightFirst ? right : left, rightFirst ? left : right, start), "philosopher-" + i);
            philosophers[i].start();
        }
        for (Thread philosopher : philosophers) {
            philosopher.join();
        }
        System.out.println("meals served: " + mealsServed);
    }

    static void dine(Object first, Object second, long start) {
        PhilosophersFour.pause(start);
        synchronized (first) {
            synchronized (second) {
                synchronized (PhilosophersFiveOffByOne.class) {
                    mealsServed++;
                }
            }
        }
    }
}
