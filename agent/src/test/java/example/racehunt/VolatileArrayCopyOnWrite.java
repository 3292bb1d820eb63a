package example.racehunt;

import java.util.Arrays;

/**
 * Copy-on-write through a volatile array reference: the writer fills a fresh copy and publishes it with
 * one volatile write; readers only read elements of the array they read from the volatile field.
 */
// weft: expect none
public final class VolatileArrayCopyOnWrite {

    private static volatile Object[] routes = new Object[0];

    public static void main(String[] args) throws InterruptedException {
        Runnable writer = () -> {
            for (int i = 0; i < 50; i++) {
                Object[] next = Arrays.copyOf(routes, routes.length + 1);
                next[next.length - 1] = "route-" + i;
                routes = next;
            }
        };
        Runnable reader = () -> {
            int seen = 0;
            for (int i = 0; i < 200; i++) {
                Object[] current = routes;
                for (Object route : current) {
                    seen += route.hashCode() & 1;
                }
            }
            System.out.println("seen " + seen);
        };
        Threads.runAll(new String[] {"writer", "reader"}, writer, reader);
        System.out.println("routes " + routes.length);
    }
}
