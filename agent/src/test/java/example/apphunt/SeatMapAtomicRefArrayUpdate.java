package example.apphunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A cinema seat map as an {@code AtomicReferenceArray} of booking objects: booking agents replace a seat's booking
 * with {@code getAndUpdate}, whose function builds a new booking (plain fields) from the old one, and claim free
 * seats with {@code compareAndExchange}; a box-office thread reads bookings with {@code get} while they book.
 */
// weft: expect none
public final class SeatMapAtomicRefArrayUpdate {

    static final class Booking {
        String customer;
        int changes;
        int priceCents;
    }

    public static void main(String[] args) throws Exception {
        AtomicReferenceArray<Booking> seats = new AtomicReferenceArray<>(40);
        ExecutorService agents = Executors.newFixedThreadPool(3, new NamedThreads("agent"));
        for (int a = 0; a < 3; a++) {
            int agent = a;
            agents.execute(() -> {
                for (int i = 0; i < 40; i++) {
                    int seat = (i * 7 + agent) % seats.length();
                    Booking fresh = new Booking();
                    fresh.customer = "agent" + agent + "-c" + i;
                    fresh.priceCents = 900;
                    if (seats.compareAndExchange(seat, null, fresh) != null) {
                        seats.getAndUpdate(seat, old -> {
                            Booking changed = new Booking();
                            changed.customer = old.customer;
                            changed.changes = old.changes + 1;
                            changed.priceCents = old.priceCents + 50;
                            return changed;
                        });
                    }
                }
            });
        }
        Thread boxOffice = new Thread(() -> {
            long takings = 0;
            for (int pass = 0; pass < 20; pass++) {
                for (int s = 0; s < seats.length(); s++) {
                    Booking booking = seats.get(s);
                    takings += booking == null ? 0 : booking.priceCents + booking.customer.length();
                }
            }
            System.out.println("box office saw " + (takings >= 0));
        }, "box-office");
        boxOffice.start();
        agents.shutdown();
        agents.awaitTermination(60, TimeUnit.SECONDS);
        boxOffice.join();
        int changes = 0;
        for (int s = 0; s < seats.length(); s++) {
            changes += seats.get(s) == null ? 0 : seats.get(s).changes;
        }
        System.out.println("changes " + changes);
    }
}
