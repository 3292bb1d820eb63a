package example.racehunt;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A route table is published through an {@code AtomicReference}, but an updater changes the current table in
 * place after {@code get()} instead of swapping in a new one: a router reads the field it changes.
 */
// weft: expect race example.racehunt.RouteTableAtomicRefMutated$Routes.primary threads=router,updater
public final class RouteTableAtomicRefMutated {

    static final class Routes {
        String primary = "eu-1";
    }

    static final AtomicReference<Routes> CURRENT = new AtomicReference<>(new Routes());

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"updater", "router"}, () -> {
            for (int i = 0; i < 1000; i++) {
                CURRENT.get().primary = i % 2 == 0 ? "eu-2" : "eu-1"; // weft: race
            }
        }, () -> {
            int local = 0;
            for (int i = 0; i < 1000; i++) {
                local += CURRENT.get().primary.length(); // weft: race
            }
            System.out.println(local);
        });
    }
}
