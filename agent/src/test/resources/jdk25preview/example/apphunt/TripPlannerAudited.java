package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.StructuredTaskScope;

/**
 * {@link TripPlanner} with an audit trail: each search appends to a plain {@code ArrayList} the planner
 * shares. The two forked searches run at the same time in their virtual threads, so their appends race
 * (a lost entry, or an {@code ArrayIndexOutOfBoundsException} inside the list); reading the trail after
 * {@code join} is ordered after both and no race.
 */
// weft: expect race example.apphunt.TripPlannerAudited.audit threads=unnamed thread #* collection=java.util.ArrayList
public final class TripPlannerAudited {

    private static final List<String> audit = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        try (var scope = StructuredTaskScope.open()) {
            var flight = scope.fork(() -> search("flight", 120));
            var hotel = scope.fork(() -> search("hotel", 240));
            scope.join();
            System.out.println(flight.get() + hotel.get() + " after " + audit.size() + " searches");
        }
    }

    static int search(String what, int price) throws InterruptedException {
        Thread.sleep(5);
        audit.add(what + " searched"); // weft: race
        return price;
    }
}
