package example.racehunt;

/** The getter is synchronized, the setter is not: the lock orders nothing when only one side takes it. */
// weft: expect race example.racehunt.OneSidedGetter.temperature threads=sensor,display
public final class OneSidedGetter {

    private double temperature;

    void set(double value) {
        temperature = value; // weft: race
    }

    synchronized double get() {
        return temperature; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        OneSidedGetter probe = new OneSidedGetter();
        Threads.runAll(new String[] {"sensor", "display"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        probe.set(20.0 + i);
                    }
                },
                () -> {
                    double sum = 0;
                    for (int i = 0; i < 100; i++) {
                        sum += probe.get();
                    }
                    System.out.println("sum " + sum);
                });
    }
}
