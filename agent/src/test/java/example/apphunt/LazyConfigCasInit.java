package example.apphunt;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lazy configuration loading by whichever request thread comes first: the winner of
 * {@code compareAndSet(UNLOADED, LOADING)} parses the configuration into plain fields and sets the state to
 * {@code LOADED}; the others spin on {@code get()} until it is loaded and then read the fields.
 */
// weft: expect none
public final class LazyConfigCasInit {

    static final int UNLOADED = 0;
    static final int LOADING = 1;
    static final int LOADED = 2;

    static final class Config {
        final AtomicInteger state = new AtomicInteger(UNLOADED);
        int poolSize;
        String database;
        long timeoutMillis;

        Config ready() {
            if (state.compareAndSet(UNLOADED, LOADING)) {
                String text = "pool=8;db=orders;timeout=2500";
                for (String pair : text.split(";")) {
                    String[] kv = pair.split("=");
                    switch (kv[0]) {
                        case "pool" -> poolSize = Integer.parseInt(kv[1]);
                        case "db" -> database = kv[1];
                        default -> timeoutMillis = Long.parseLong(kv[1]);
                    }
                }
                state.set(LOADED);
            }
            while (state.get() != LOADED) {
                Thread.onSpinWait();
            }
            return this;
        }
    }

    public static void main(String[] args) throws Exception {
        Config config = new Config();
        Thread[] requests = new Thread[4];
        String[] seen = new String[requests.length];
        for (int r = 0; r < requests.length; r++) {
            int request = r;
            requests[r] = new Thread(() -> {
                Config ready = config.ready();
                seen[request] = ready.database + "/" + ready.poolSize + "/" + ready.timeoutMillis;
            }, "request-" + r);
            requests[r].start();
        }
        for (Thread request : requests) {
            request.join();
        }
        System.out.println(String.join(" ", seen));
    }
}
