package example.racehunt;

import java.util.HashMap;
import java.util.Map;

/** A reloader builds a fresh HashMap of routes and swaps it into a plain field that the dispatcher reads. */
// weft: expect race example.racehunt.RoutingTableSwap.routes threads=reloader,dispatcher
public final class RoutingTableSwap {

    private Map<String, String> routes = Map.of("/", "home");

    public static void main(String[] args) throws InterruptedException {
        RoutingTableSwap table = new RoutingTableSwap();
        Threads.runAll(new String[] {"reloader", "dispatcher"},
                () -> {
                    for (int i = 0; i < 50; i++) {
                        Map<String, String> fresh = new HashMap<>();
                        fresh.put("/", "home-v" + i);
                        table.routes = Map.copyOf(fresh); // weft: race
                    }
                },
                () -> {
                    int length = 0;
                    for (int i = 0; i < 50; i++) {
                        length += table.routes.get("/").length(); // weft: race
                    }
                    System.out.println("dispatched " + (length > 0));
                });
    }
}
