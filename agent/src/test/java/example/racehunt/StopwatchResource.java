package example.racehunt;

/** A stopwatch closed by try-with-resources records the slowest call into shared statistics, with no lock. */
// weft: expect race example.racehunt.StopwatchResource$Stats.slowestNanos threads=request-1,request-2
public final class StopwatchResource {

    static final class Stats {
        long slowestNanos;
    }

    static final class Stopwatch implements AutoCloseable {
        private final Stats stats;
        private final long start = System.nanoTime();

        Stopwatch(Stats stats) {
            this.stats = stats;
        }

        @Override
        public void close() {
            stats.slowestNanos = Math.max(stats.slowestNanos, System.nanoTime() - start); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Stats stats = new Stats();
        Runnable request = () -> {
            for (int i = 0; i < 100; i++) {
                try (Stopwatch watch = new Stopwatch(stats)) {
                    Math.sqrt(i);
                }
            }
        };
        Threads.runAll(new String[] {"request-1", "request-2"}, request, request);
        System.out.println("slowest " + (stats.slowestNanos >= 0));
    }
}
