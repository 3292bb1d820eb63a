package example.exploreshapes;

/** A main thread polls a volatile flag with {@code Thread.sleep}; the worker sets the flag before the result. */
// weft: expect race example.exploreshapes.SleepPollResult.result
public final class SleepPollResult {

    private static volatile boolean done;
    private static int result;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            done = true; // too early: the result is written after the flag
            result = 42;
        }, "worker");
        worker.start();
        while (!done) {
            Thread.sleep(1);
        }
        System.out.println("result " + result);
        worker.join();
    }
}
