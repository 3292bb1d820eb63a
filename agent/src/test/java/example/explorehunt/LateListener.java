package example.explorehunt;

/**
 * An order violation with no data race (the field is volatile): main starts the listener and only then
 * sets the handler it calls. When the listener runs first it dies of a {@code NullPointerException}: an
 * uncaught exception in a thread, while main ends normally (exit status 0).
 */
// weft: expect failure
public final class LateListener {

    interface Handler {
        String handle(String event);
    }

    private static volatile Handler handler;

    public static void main(String[] args) throws InterruptedException {
        Thread listener = new Thread(() -> System.out.println(handler.handle("connect")), "listener");
        listener.start();
        handler = event -> "handled " + event;
        listener.join();
    }
}
