package example.racehunt;

/**
 * A mail gateway is a hand-written lazy singleton: {@code instance()} checks a plain static field and makes the
 * gateway when it is {@code null}, with no lock; two request threads ask for it at start-up.
 */
// weft: expect race example.racehunt.LazySingletonMailer$Gateway.instance threads=request-1,request-2
public final class LazySingletonMailer {

    static final class Gateway {
        private static Gateway instance;
        private final long openedAt = System.nanoTime();

        static Gateway instance() {
            Gateway gateway = instance; // weft: race
            if (gateway == null) {
                gateway = new Gateway();
                instance = gateway; // weft: race
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
