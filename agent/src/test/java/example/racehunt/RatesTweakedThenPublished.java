package example.racehunt;

/** The fixed {@link RatesPublishedThenTweaked}: the loader tweaks the new table before it publishes it. */
// weft: expect none
public final class RatesTweakedThenPublished {

    static final class Rates {
        double euro;
        final double pound;

        Rates(double euro, double pound) {
            this.euro = euro;
            this.pound = pound;
        }
    }

    private static volatile Rates current = new Rates(1.0, 1.0);

    public static void main(String[] args) throws InterruptedException {
        double[] quoted = new double[1];
        Threads.runAll(new String[] {"loader", "pricer"}, () -> {
            Rates fresh = new Rates(0.92, 0.79);
            fresh.euro = 0.93;
            current = fresh;
        }, () -> {
            Rates seen;
            while ((seen = current).pound == 1.0) {
                Thread.onSpinWait();
            }
            quoted[0] = 100 * seen.euro;
        });
        System.out.println("quoted " + quoted[0]);
    }
}
