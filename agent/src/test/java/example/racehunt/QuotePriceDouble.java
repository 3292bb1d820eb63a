package example.racehunt;

/**
 * A market-data feed thread writes the last traded price, a plain {@code double} (whose writes the JVM may even tear),
 * while a pricing thread reads it to quote: no {@code volatile}, no lock.
 */
// weft: expect race example.racehunt.QuotePriceDouble$Ticker.lastPrice threads=feed,pricer
public final class QuotePriceDouble {

    static final class Ticker {
        double lastPrice = 100.0;
    }

    public static void main(String[] args) throws InterruptedException {
        Ticker ticker = new Ticker();
        double[] quoted = new double[1];
        Threads.runAll(new String[] {"feed", "pricer"}, () -> {
            for (int i = 0; i < 300; i++) {
                ticker.lastPrice = 100.0 + i / 100.0; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                quoted[0] += ticker.lastPrice * 1.001; // weft: race
            }
        });
        System.out.println("quoted " + quoted[0]);
    }
}
