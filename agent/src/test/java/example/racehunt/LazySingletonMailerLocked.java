package example.racehunt;

/** The twin of {@link LazySingletonMailer}: the lazy getter is {@code static synchronized}. */
// weft: expect none
public final class LazySingletonMailerLocked {

    static final class Gateway {
        private static Gateway instance;
        private final long openedAt = System.nanoTime();

        static synchronized Gateway instance() {
            Gateway gateway = instance;
            if (gateway == null) {
                gateway = new Gateway();
                instance = gateway;
            }
            return gateway;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long[] seen = new long[2];
        Threads.runAll(new String[] {"request-1", "request-2"}, () -> seen[0] = Gateway.instance().openedAt,
                () -> seen[1] = Gateway.instance().openedAt);
        System.out.println(seen[0] == seen[1] ? "one gateway" : "two gateways");
    }
}
