package example.racehunt;

/** The fixed twin of {@code CrashCounterUncaughtHandler}: the handler counts under its own lock. */
// weft: expect none
public final class CrashCounterUncaughtHandlerLocked {

    static final class CrashCounter implements Thread.UncaughtExceptionHandler {
        int crashes;

        @Override
        public synchronized void uncaughtException(Thread thread, Throwable failure) {
            crashes++;
        }

        synchronized int crashes() {
            return crashes;
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
        System.out.println(counter.crashes());
    }
}
