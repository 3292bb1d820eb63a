package example.explorehunt;

import java.util.HashMap;
import java.util.Map;

/**
 * Two request handlers count page visits in a plain {@code HashMap}, with no lock: their {@code merge} calls on
 * the map race (lost counts, a corrupted table when it grows).
 */
// weft: expect race example.explorehunt.VisitCounterMap.VISITS
public final class VisitCounterMap {

    static final Map<String, Integer> VISITS = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        Thread home = new Thread(() -> visit("/home"), "handler-1");
        Thread cart = new Thread(() -> visit("/cart"), "handler-2");
        home.start();
        cart.start();
        home.join();
        cart.join();
        System.out.println("visits " + VISITS);
    }

    static void visit(String page) {
        for (int i = 0; i < 3; i++) {
            VISITS.merge(page, 1, Integer::sum); // the bug: a HashMap shared without a lock
        }
    }
}
