package example.app;
/**
 * Main starts a writer and reads its volatile flag right away. The writer can set it only once it is at
 * its first point, after main's start of it, so main sees it set only where the model lets the writer go
 * between main's start and main's read: a read must take its value at its step, not on its arrival.
 */
public final class ReadRightAfterStart {
    static volatile boolean set;
    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> { set = true; }, "writer");
        writer.start();
        boolean seen = set;
        writer.join();
        System.out.println("seen " + seen);
    }
}
