package example.racehunt;

/** A worker polls isInterrupted in its loop; the owner sets the reason, then interrupts; the worker reads the reason. */
// weft: expect none
public final class InterruptedPollLoop {

    private static String reason;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            long spins = 0;
            while (!Thread.currentThread().isInterrupted()) {
                spins++;
            }
            System.out.println("stopped: " + reason + (spins > 0 ? "" : "!"));
        }, "worker");
        worker.start();
        Thread owner = new Thread(() -> {
            reason = "shutdown";
            worker.interrupt();
        }, "owner");
        owner.start();
        worker.join();
        owner.join();
    }
}
