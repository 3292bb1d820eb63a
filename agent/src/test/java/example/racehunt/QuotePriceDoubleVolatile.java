package example.racehunt;

/** The twin of {@link QuotePriceDouble}: the price is {@code volatile}. */
// weft: expect none
public final class QuotePriceDoubleVolatile {

    static final class Ticker {
        volatile double lastPrice = 100.0;
    }

    public static void main(String[] args) throws InterruptedException {
        Ticker ticker = new Ticker();
        double[] quoted = new double[1];
        Threads.runAll(new String[] {"feed", "pricer"}, () -> {
            for (int i = 0; i < 300; i++) {
                ticker.lastPrice = 100.0 + i / 100.0;
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                quoted[0] += ticker.lastPrice * 1.001;
            }
        });
        System.out.println("quoted " + quoted[0]);
    }
}
