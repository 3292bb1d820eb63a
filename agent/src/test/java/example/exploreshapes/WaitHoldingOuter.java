package example.exploreshapes;

/**
 * A flusher waits on the buffer's monitor with a timeout while it holds the journal's: the wait lets the buffer
 * go, a writer takes it and then wants the journal; when the flusher's wait ends it cannot get the buffer back.
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
        writer.start();
        flusher.join();
        writer.join();
    }
}
