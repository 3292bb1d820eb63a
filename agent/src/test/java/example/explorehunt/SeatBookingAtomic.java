package example.explorehunt;

import java.util.concurrent.atomic.AtomicInteger;

/** Twin of {@link SeatBooking}: a seat is booked by {@code compareAndSet} on the count it checked, retried when it moved. */
// weft: expect none
public final class SeatBookingAtomic {

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
        while (true) {
            int seats = booked.get();
            if (seats >= onSale.get()) {
                return false;
            }
            if (booked.compareAndSet(seats, seats + 1)) {
                return true;
            }
        }
    }
}
