package example.racehunt;

/** A supervisor polls its worker's state until TERMINATED, then reads what the worker computed: it saw the worker end. */
// weft: expect none
public final class TerminatedStatePoll {

    private static long checksum;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                checksum = checksum * 31 + i;
            }
        }, "worker");
        Thread supervisor = new Thread(() -> {
            while (worker.getState() != Thread.State.TERMINATED) {
                Thread.onSpinWait();
            }
            System.out.println("checksum " + checksum);
        }, "supervisor");
        worker.start();
        supervisor.start();
        supervisor.join();
    }
}
