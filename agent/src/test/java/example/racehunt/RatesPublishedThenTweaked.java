package example.racehunt;

/**
 * A rate loader publishes a new rate table through a {@code volatile} field and then tweaks one rate of the table it
 * already published; a pricer that picked the table up reads that rate. The {@code volatile} write publishes what was
 * written before it, not the tweak after it.
 */
// weft: expect race example.racehunt.RatesPublishedThenTweaked$Rates.euro threads=loader,pricer
public final class RatesPublishedThenTweaked {

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
            current = fresh;
            fresh.euro = 0.93; // weft: race
        }, () -> {
            Rates seen;
            while ((seen = current).pound == 1.0) {
                Thread.onSpinWait();
            }
            quoted[0] = 100 * seen.euro; // weft: race
        });
        System.out.println("quoted " + quoted[0]);
    }
}
