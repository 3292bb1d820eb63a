package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A travel site asks two airlines for a fare and shows the first answer ({@code CompletableFuture.anyOf}): each
 * airline's task fills a fare of its own; only the winner, the object {@code anyOf} returned, is read.
 */
// weft: expect none
public final class FastestFare {

    static final class Fare {
        String airline;
        int cents;
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(2, new NamedThreads("airline"));
        CompletableFuture<Fare> north = CompletableFuture.supplyAsync(() -> fare("north", 31_900), pool);
        CompletableFuture<Fare> south = CompletableFuture.supplyAsync(() -> fare("south", 29_900), pool);
        Fare first = (Fare) CompletableFuture.anyOf(north, south).join();
        System.out.println("first " + first.airline + " " + first.cents);
        pool.shutdown();
    }

    static Fare fare(String airline, int cents) {
        Fare fare = new Fare();
        fare.airline = airline;
        fare.cents = cents;
        return fare;
    }
}
