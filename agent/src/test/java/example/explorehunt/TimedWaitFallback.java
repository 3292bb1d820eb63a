package example.explorehunt;

/**
 * A consumer waits at most 50 ms for the producer's result under a monitor, then falls back to reading it
 * anyway: only when the timed wait times out before the producer has written does the read race with
 * the producer's unlocked write.
 */
// weft: expect race example.explorehunt.TimedWaitFallback.result
public final class TimedWaitFallback {

    private static final Object READY = new Object();
    private static boolean ready;
    private static int result;

    public static void main(String[] args) throws InterruptedException {
        Thread producer = new Thread(() -> {
            result = 42; // written before the monitor: ordered only through it
            synchronized (READY) {
                ready = true;
                READY.notifyAll();
            }
        }, "producer");
        Thread consumer = new Thread(() -> {
            synchronized (READY) {
                if (!ready) {
                    try {
                        READY.wait(50); // weft: times out early
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            System.out.println("result " + result);
        }, "consumer");
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
    }
}
