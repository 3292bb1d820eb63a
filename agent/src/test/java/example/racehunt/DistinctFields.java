package example.racehunt;

/** Two threads update different fields of one object (an int and a double) and different elements of one array. */
// weft: expect none
public final class DistinctFields {

    static final class Stats {
        int requests;
        double latency;
        final long[] perShard = new long[2];
    }

    public static void main(String[] args) throws InterruptedException {
        Stats stats = new Stats();
        Threads.runAll(new String[] {"counter", "timer"},
                () -> {
                    for (int i = 0; i < 500; i++) {
                        stats.requests++;
                        stats.perShard[0]++;
                    }
                },
                () -> {
                    for (int i = 0; i < 500; i++) {
                        stats.latency += 0.25;
                        stats.perShard[1]++;
                    }
                });
        System.out.println(stats.requests + " " + stats.latency + " " + (stats.perShard[0] + stats.perShard[1]));
    }
}
