package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A travel site prices a trip on its own executor: the flight and hotel quotes are combined with
 * {@code thenCombine}, the faster of two car-rental quotes is taken with {@code acceptEither}, and the booking
 * is logged by {@code whenCompleteAsync} on the same executor; the page is built after {@code join}.
 */
// weft: expect none
public final class TravelQuoteCombine {

    static final class Quote {
        final String vendor;
        long cents;
        String currency;

        Quote(String vendor, long cents) {
            this.vendor = vendor;
            this.cents = cents;
            this.currency = "EUR";
        }
    }

    static final class Trip {
        Quote flight;
        Quote hotel;
        Quote car;
        String log;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pricing = Executors.newFixedThreadPool(3, new NamedThreads("pricing"));
        Trip trip = new Trip();
        CompletableFuture<Quote> flight = CompletableFuture.supplyAsync(() -> new Quote("air", 24_900), pricing);
        CompletableFuture<Quote> hotel = CompletableFuture.supplyAsync(() -> new Quote("inn", 31_000), pricing);
        CompletableFuture<Long> base = flight.thenCombine(hotel, (f, h) -> {
            trip.flight = f;
            trip.hotel = h;
            return f.cents + h.cents;
        });
        CompletableFuture<Quote> carA = CompletableFuture.supplyAsync(() -> new Quote("cars-a", 9_000), pricing);
        CompletableFuture<Quote> carB = CompletableFuture.supplyAsync(() -> new Quote("cars-b", 9_500), pricing);
        CompletableFuture<Void> car = carA.acceptEither(carB, quote -> {
            synchronized (trip) {
                trip.car = quote;
            }
        });
        CompletableFuture<Long> total = base.thenCombine(car, (sum, ignored) -> {
            synchronized (trip) {
                return sum + trip.car.cents;
            }
        }).whenCompleteAsync((sum, failure) -> trip.log = "priced " + sum + " " + trip.flight.currency, pricing);
        long cents = total.join();
        System.out.println(trip.flight.vendor + "+" + trip.hotel.vendor + ": " + cents + " (" + trip.log + ")");
        pricing.shutdown();
        pricing.awaitTermination(5, TimeUnit.SECONDS);
    }
}
