package example.collections;

/** Starts named threads together and waits for them: the programs of this package share it. */
final class Threads {

    private Threads() {
    }

    /** Runs {@code tasks[i]} in a thread named {@code names[i]}, all at once, and joins them all. */
    static void runAll(String[] names, Runnable... tasks) throws InterruptedException {
        Thread[] threads = new Thread[tasks.length];
        for (int i = 0; i < tasks.length; i++) {
            threads[i] = new Thread(tasks[i], names[i]);
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
