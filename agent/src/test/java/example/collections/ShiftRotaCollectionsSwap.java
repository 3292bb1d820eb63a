package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A planner swaps two shifts of a shared rota with {@code Collections.swap} while the roster page reads the first shift, with no lock. */
// weft: expect race example.collections.ShiftRotaCollectionsSwap.ROTA threads=planner,roster collection=java.util.ArrayList
public final class ShiftRotaCollectionsSwap {

    static final List<String> ROTA = new ArrayList<>(List.of("ann", "bob", "cy", "dee"));

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"planner", "roster"},
                () -> Collections.swap(ROTA, 0, 3), // weft: race
                () -> System.out.println("first shift " + ROTA.get(0))); // weft: race
    }
}
