package example.racehunt;

/** Workers share one {@code UncaughtExceptionHandler} that counts crashes in a plain field; the JVM runs it in each dying worker. */
// weft: expect race example.racehunt.CrashCounterUncaughtHandler$CrashCounter.crashes threads=worker-1,worker-2
public final class CrashCounterUncaughtHandler {

    static final class CrashCounter implements Thread.UncaughtExceptionHandler {
        int crashes;

        @Override
        public void uncaughtException(Thread thread, Throwable failure) {
            crashes++; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CrashCounter counter = new CrashCounter();
        Thread[] workers = new Thread[2];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(() -> {
                throw new IllegalStateException("disk full");
            }, "worker-" + (i + 1));
            workers[i].setUncaughtExceptionHandler(counter);
        }
        for (Thread worker : workers) {
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.println(counter.crashes);
    }
}
