package example.apphunt;

import java.util.concurrent.StructuredTaskScope;

/**
 * A trip planner with structured concurrency (a preview API of JDK 25: {@code StructuredTaskScope.open()}):
 * it forks a flight search and a hotel search, each in a virtual thread the JDK starts, joins the scope and
 * reads both results. The request is filled before the forks and the results are read after the join, so
 * the program is correct.
 */
// weft: expect none
public final class TripPlanner {

    static final class Request {
        String city;
        int nights;
    }

    static final class Offer {
        String what;
        int price;
    }

    public static void main(String[] args) throws Exception {
        Request request = new Request();
        request.city = "Lisbon";
        request.nights = 3;
        try (var scope = StructuredTaskScope.open()) {
            var flight = scope.fork(() -> search("flight to " + request.city, 120));
            var hotel = scope.fork(() -> search("hotel in " + request.city, 80 * request.nights));
            scope.join();
            Offer f = flight.get();
            Offer h = hotel.get();
            System.out.println(f.what + " + " + h.what + ": " + (f.price + h.price));
        }
    }

    static Offer search(String what, int price) throws InterruptedException {
        Thread.sleep(5);
        Offer offer = new Offer();
        offer.what = what;
        offer.price = price;
        return offer;
    }
}
