package example.racehunt;

/** An enum singleton holds a mutable request count that two handlers bump. */
// weft: expect race example.racehunt.EnumSingletonRequests$Metrics.requests threads=handler-1,handler-2
public final class EnumSingletonRequests {

    enum Metrics {
        INSTANCE;

        long requests;

        void record() {
            requests++; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable handler = () -> {
            for (int i = 0; i < 100; i++) {
                Metrics.INSTANCE.record();
            }
        };
        Threads.runAll(new String[] {"handler-1", "handler-2"}, handler, handler);
        System.out.println("requests " + Metrics.INSTANCE.requests);
    }
}
