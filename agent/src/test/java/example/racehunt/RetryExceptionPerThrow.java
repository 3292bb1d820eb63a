package example.racehunt;

/** The fixed twin of {@code RetryExceptionSingleton}: each throw makes its own exception. */
// weft: expect none
public final class RetryExceptionPerThrow {

    static final class RetryLater extends RuntimeException {
        final long waitMillis;

        RetryLater(long waitMillis) {
            super("retry later", null, false, false);
            this.waitMillis = waitMillis;
        }
    }

    static void call(int attempt) {
        throw new RetryLater(10L * attempt);
    }

    static long waited(int attempts) {
        long total = 0;
        for (int i = 1; i <= attempts; i++) {
            try {
                call(i);
            } catch (RetryLater retry) {
                total += retry.waitMillis;
            }
        }
        return total;
    }

    public static void main(String[] args) throws InterruptedException {
        long[] waits = new long[2];
        Threads.runAll(new String[] {"caller-1", "caller-2"}, () -> waits[0] = waited(200), () -> waits[1] = waited(300));
        System.out.println("waited " + (waits[0] + waits[1]) + " ms");
    }
}
