package example.app;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
/**
 * A worker reads a byte from a pipe the main thread writes to: I/O, which the scheduling model does not
 * know (the read waits inside JDK code), so the controlled run finishes but is not exactly replayable.
 */
public final class PipedHandOff {
    static int count;
    public static void main(String[] args) throws Exception {
        PipedOutputStream out = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(out);
        Thread worker = new Thread(() -> {
            try { count += in.read(); } catch (java.io.IOException e) { return; }
        }, "worker");
        worker.start();
        while (worker.getState() != Thread.State.TIMED_WAITING) { Thread.onSpinWait(); } // until it waits in its read
        out.write(1);
        out.flush();
        worker.join();
        System.out.println("done " + (count + 1));
    }
}
