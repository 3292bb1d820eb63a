package example.explorehunt;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A seat booking kept in two atomics, the seats booked and the seats on sale: each agent checks that a seat is left,
 * then books it. Each call is atomic, the check and the booking together are not: two agents that both check before
 * either books sell more seats than there are (an atomicity violation with no data race).
 */
// weft: expect failure
public final class SeatBooking {

    static final AtomicInteger onSale = new AtomicInteger(2);
    static final AtomicInteger booked = new AtomicInteger();

    public static void main(String[] args) throws InterruptedException {
        Thread[] agents = new Thread[2];
        for (int i = 0; i < agents.length; i++) {
            agents[i] = new Thread(() -> {
                for (int request = 0; request < 2; request++) {
                    book();
                }
            }, "agent-" + i);
            agents[i].start();
        }
        for (Thread agent : agents) {
            agent.join();
        }
        if (booked.get() > onSale.get()) {
            throw new IllegalStateException("overbooked: " + booked.get() + " of " + onSale.get());
        }
    }

    static boolean book() {
        if (booked.get() < onSale.get()) { // the bug: checked, then booked, apart
            booked.incrementAndGet();
            return true;
        }
        return false;
    }
}
