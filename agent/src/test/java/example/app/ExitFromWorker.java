package example.app;
/** A worker ends the program with System.exit(3) while main waits for good. */
public final class ExitFromWorker {
    static int counter;
    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            synchronized (ExitFromWorker.class) { counter++; }
            System.exit(3);
        }, "exiter");
        worker.start();
        synchronized (ExitFromWorker.class) {
            while (true) { ExitFromWorker.class.wait(); }
        }
    }
}
