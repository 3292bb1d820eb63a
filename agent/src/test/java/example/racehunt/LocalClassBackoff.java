package example.racehunt;

/** A backoff policy declared as a local class counts attempts; two uploaders share one policy object. */
// weft: expect race example.racehunt.LocalClassBackoff$1Backoff.attempts threads=uploader-1,uploader-2
public final class LocalClassBackoff {

    public static void main(String[] args) throws InterruptedException {
        final class Backoff {
            int attempts;

            long nextDelayMillis() {
                return 10L << Math.min(++attempts, 5); // weft: race
            }
        }
        Backoff backoff = new Backoff();
        long[] waited = new long[2];
        Threads.runAll(new String[] {"uploader-1", "uploader-2"},
                () -> {
                    for (int i = 0; i < 50; i++) {
                        waited[0] += backoff.nextDelayMillis();
                    }
                },
                () -> {
                    for (int i = 0; i < 50; i++) {
                        waited[1] += backoff.nextDelayMillis();
                    }
                });
        System.out.println("waited " + (waited[0] + waited[1]) + " ms over " + backoff.attempts + " attempts");
    }
}
