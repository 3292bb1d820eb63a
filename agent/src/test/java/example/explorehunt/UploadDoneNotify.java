package example.explorehunt;

/**
 * A client starts an upload and waits to be told it is done; the uploader sets {@code done} and notifies. The client
 * decides whether to wait from a look at {@code done} taken before it holds the monitor: when the uploader sets the
 * flag and notifies between that look and the client's {@code wait}, the notify finds nobody waiting, and the
 * client waits for good (a lost notify).
 */
// weft: expect deadlock
public final class UploadDoneNotify {

    static final Object DONE = new Object();
    static volatile boolean done;

    public static void main(String[] args) throws InterruptedException {
        Thread uploader = new Thread(() -> {
            done = true;
            synchronized (DONE) {
                DONE.notify();
            }
        }, "uploader");
        uploader.start();
        boolean mustWait = !done; // the bug: the decision to wait is taken outside the monitor
        synchronized (DONE) {
            if (mustWait) {
                DONE.wait();
            }
        }
        uploader.join();
        System.out.println("uploaded");
    }
}
