package example.explorehunt;

/**
 * The twin of {@link PhilosophersFiveOffByOne}: the last philosopher ({@code SEATS - 1}) does take its right fork first,
 * so the forks are always taken in increasing order and no cycle forms.
 */
// weft: expect none
public final class PhilosophersFiveLastFlipped {

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
            boolean rightFirst = i == SEATS - 1;
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
                synchronized (PhilosophersFiveLastFlipped.class) {
                    mealsServed++;
                }
            }
        }
    }
}
