package example.explorehunt;

/** Twin of {@link PhilosophersFour}: each philosopher takes the lower-numbered of its two forks first, so no cycle closes. */
// weft: expect none
public final class PhilosophersOrdered {

    static final int SEATS = 4;
    static int mealsServed;

    public static void main(String[] args) throws InterruptedException {
        Object[] forks = new Object[SEATS];
        for (int i = 0; i < SEATS; i++) {
            forks[i] = new Object();
        }
        Thread[] philosophers = new Thread[SEATS];
        for (int i = 0; i < SEATS; i++) {
            int right = (i + 1) % SEATS;
            Object first = forks[Math.min(i, right)];
            Object second = forks[Math.max(i, right)];
            philosophers[i] = new Thread(() -> dine(first, second), "philosopher-" + i);
            philosophers[i].start();
        }
        for (Thread philosopher : philosophers) {
            philosopher.join();
        }
        System.out.println("meals served: " + mealsServed);
    }

    static void dine(Object first, Object second) {
        synchronized (first) {
            synchronized (second) {
                synchronized (PhilosophersOrdered.class) {
                    mealsServed++;
                }
            }
        }
    }
}
