package example.explorehunt;

/** Twin of {@link UploadDoneNotify}: the flag is checked in a {@code while} under the monitor. */
// weft: expect none
public final class UploadDoneWhile {

    static final Object DONE = new Object();
    static boolean done;

    public static void main(String[] args) throws InterruptedException {
        Thread uploader = new Thread(() -> {
            synchronized (DONE) {
                done = true;
                DONE.notify();
            }
        }, "uploader");
        uploader.start();
        synchronized (DONE) {
            while (!done) {
                DONE.wait();
            }
        }
        uploader.join();
        System.out.println("uploaded");
    }
}
