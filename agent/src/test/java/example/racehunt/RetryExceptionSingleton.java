package example.racehunt;

/**
 * A client throws one preallocated exception (no stack trace to fill) to tell its callers to retry, and sets how long to
 * wait on that shared instance before each throw; two caller threads set and read it unordered.
 */
// weft: expect race example.racehunt.RetryExceptionSingleton$RetryLater.waitMillis threads=caller-1,caller-2
public final class RetryExceptionSingleton {

    static final class RetryLater extends RuntimeException {
        static final RetryLater INSTANCE = new RetryLater();
        long waitMillis;

        private RetryLater() {
            super("retry later", null, false, false);
        }
    }

    static void call(int attempt) {
        RetryLater retry = RetryLater.INSTANCE;
        retry.waitMillis = 10L * attempt; // weft: race
        throw retry;
    }

    static long waited(int attempts) {
        long total = 0;
        for (int i = 1; i <= attempts; i++) {
            try {
                call(i);
            } catch (RetryLater retry) {
                total += retry.waitMillis; // weft: race
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
