package example.racehunt;

import java.util.concurrent.atomic.AtomicReference;

/** The fixed twin of {@code RouteTableAtomicRefMutated}: the updater swaps in a new table, never changing a published one. */
// weft: expect none
public final class RouteTableAtomicRefSwapped {

    static final class Routes {
        final String primary;

        Routes(String primary) {
            this.primary = primary;
        }
    }

    static final AtomicReference<Routes> CURRENT = new AtomicReference<>(new Routes("eu-1"));

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"updater", "router"}, () -> {
            for (int i = 0; i < 1000; i++) {
                CURRENT.set(new Routes(i % 2 == 0 ? "eu-2" : "eu-1"));
            }
        }, () -> {
            int local = 0;
            for (int i = 0; i < 1000; i++) {
                local += CURRENT.get().primary.length();
            }
            System.out.println(local);
        });
    }
}
