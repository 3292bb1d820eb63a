package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A trip planner asks a flight and a hotel supplier per trip on its own pool, combines their offers with
 * {@code thenCombine}, gives the hotel {@code completeOnTimeout} a standby offer and the whole trip {@code orTimeout};
 * it waits for every trip with {@code allOf(..).join()} and for the first confirmed one with {@code anyOf}, then reads
 * the offers the suppliers' threads filled in.
 */
// weft: expect none
public final class TripQuotesCombineTimeouts {

    static final class Offer {
        final String supplier;
        int cents;
        final List<String> conditions = new ArrayList<>();

        Offer(String supplier) {
            this.supplier = supplier;
        }
    }

    static final class Trip {
        final int id;
        Offer flight;
        Offer hotel;
        int total;

        Trip(int id) {
            this.id = id;
        }
    }

    static Offer quote(String supplier, int base, long delayMillis) {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Offer offer = new Offer(supplier);
        offer.cents = base * 100;
        offer.conditions.add("refundable until " + base % 7);
        return offer;
    }

    public static void main(String[] args) {
        ExecutorService suppliers = Executors.newFixedThreadPool(4, new NamedThreads("supplier"));
        List<Trip> trips = new ArrayList<>();
        List<CompletableFuture<Trip>> planned = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Trip trip = new Trip(i);
            trips.add(trip);
            int n = i;
            CompletableFuture<Offer> flight = CompletableFuture.supplyAsync(() -> quote("air-" + n, 200 + n, 2), suppliers);
            Offer standby = new Offer("standby-hotel");
            standby.cents = 9_000;
            CompletableFuture<Offer> hotel = CompletableFuture.supplyAsync(() -> quote("hotel-" + n, 90 + n, n == 3 ? 400 : 1), suppliers)
                    .completeOnTimeout(standby, 100, TimeUnit.MILLISECONDS);
            planned.add(flight.thenCombine(hotel, (f, h) -> {
                trip.flight = f;
                trip.hotel = h;
                trip.total = f.cents + h.cents;
                return trip;
            }).orTimeout(5, TimeUnit.SECONDS));
        }
        Trip first = (Trip) CompletableFuture.anyOf(planned.toArray(new CompletableFuture<?>[0])).join();
        System.out.println("first trip " + first.id + ": " + first.total + " with " + first.hotel.supplier);
        CompletableFuture.allOf(planned.toArray(new CompletableFuture<?>[0])).join();
        int conditions = 0;
        for (Trip trip : trips) {
            conditions += trip.flight.conditions.size() + trip.hotel.conditions.size();
            System.out.println("trip " + trip.id + ": " + trip.total + " (" + trip.hotel.supplier + ")");
        }
        suppliers.shutdown();
        System.out.println(conditions + " conditions");
    }
}
