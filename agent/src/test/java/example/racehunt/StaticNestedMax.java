package example.racehunt;

/** Anonymous Thread subclasses keep the maximum latency in a static nested class's field, check-then-act. */
// weft: expect race example.racehunt.StaticNestedMax$Stats.maxLatency threads=probe-1,probe-2
public final class StaticNestedMax {

    static final class Stats {
        static long maxLatency;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] probes = new Thread[2];
        for (int p = 0; p < 2; p++) {
            int seed = p;
            probes[p] = new Thread("probe-" + (p + 1)) {
                @Override
                public void run() {
                    for (long latency = seed; latency < 200; latency += 2) {
                        if (latency > Stats.maxLatency) { // weft: race
                            Stats.maxLatency = latency; // weft: race
                        }
                    }
                }
            };
        }
        for (Thread probe : probes) {
            probe.start();
        }
        for (Thread probe : probes) {
            probe.join();
        }
        System.out.println("max " + Stats.maxLatency);
    }
}
