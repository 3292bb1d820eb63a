package example.exploreshapes;

/**
 * A flusher waits on the buffer's monitor with a timeout while it holds the journal's: the wait lets the buffer
 * go, a writer takes it and then wants the journal; when the flusher's wait ends it cannot get the buffer back. With
 * a pause in milliseconds as argument the writer starts after the flusher ended: a plain run predicts the cycle.
 */
// weft: expect deadlock
public final class WaitHoldingOuter {

    private static final Object JOURNAL = new Object();
    private static final Object BUFFER = new Object();

    public static void main(String[] args) throws InterruptedException {
        Thread flusher = new Thread(() -> {
            synchronized (JOURNAL) {
                synchronized (BUFFER) {
                    try {
                        BUFFER.wait(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "flusher");
        Thread writer = new Thread(() -> {
            synchronized (BUFFER) {
                synchronized (JOURNAL) {
                    System.out.println("written");
                }
            }
        }, "writer");
        flusher.start();
        if (args.length > 0) { // a pause (ms): the flusher is done before the writer starts, the cycle is only predicted
            Thread.sleep(Long.parseLong(args[0]));
        }
        writer.start();
        flusher.join();
        writer.join();
    }
}
