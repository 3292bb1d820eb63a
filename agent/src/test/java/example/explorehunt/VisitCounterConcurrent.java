package example.explorehunt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link VisitCounterMap} with a {@code ConcurrentHashMap}, whose {@code merge} is atomic. */
// weft: expect none
public final class VisitCounterConcurrent {

    static final Map<String, Integer> VISITS = new ConcurrentHashMap<>();

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
            VISITS.merge(page, 1, Integer::sum);
        }
    }
}
