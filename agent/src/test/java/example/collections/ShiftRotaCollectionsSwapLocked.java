package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Twin of {@code ShiftRotaCollectionsSwap}: the swap and the read hold the rota's lock. Correct: no finding. */
// weft: expect none
public final class ShiftRotaCollectionsSwapLocked {

    static final List<String> ROTA = new ArrayList<>(List.of("ann", "bob", "cy", "dee"));

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"planner", "roster"},
                () -> {
                    synchronized (ROTA) {
                        Collections.swap(ROTA, 0, 3);
                    }
                },
                () -> {
                    synchronized (ROTA) {
                        System.out.println("first shift " + ROTA.get(0));
                    }
                });
    }
}
