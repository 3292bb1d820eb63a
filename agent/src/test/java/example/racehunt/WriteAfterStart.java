package example.racehunt;

/** Main configures the worker's batch size, starts it, then changes the batch size while the worker reads it. */
// weft: expect race example.racehunt.WriteAfterStart.batchSize threads=main,worker
public final class WriteAfterStart {

    private static int batchSize = 10;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            int total = 0;
            for (int i = 0; i < 100; i++) {
                total += batchSize; // weft: race
            }
            System.out.println("total " + total);
        }, "worker");
        worker.start();
        batchSize = 20; // weft: race
        worker.join();
    }
}
