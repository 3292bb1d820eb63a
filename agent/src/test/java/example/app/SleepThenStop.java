package example.app;
/**
 * A worker spins on a volatile stop flag that main raises after a sleep: under cooperative scheduling on one
 * CPU the spinner starves main, which must still get the CPU back to raise the flag.
 */
public final class SleepThenStop {
    static volatile boolean stop;
    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> { while (!stop) { } }, "worker");
        worker.start();
        Thread.sleep(10);
        stop = true;
        worker.join();
        System.out.println("stopped");
    }
}
