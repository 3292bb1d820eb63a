package example.explorehunt;

/**
 * An order violation: main starts the listener thread and only then sets the handler it uses; the
 * listener's read of the handler races with main's write (and fails with a null handler when it runs first).
 */
// weft: expect race example.explorehunt.UseBeforeInit.handler
public final class UseBeforeInit {

    interface Handler {
        String handle(String event);
    }

    private static Handler handler;

    public static void main(String[] args) throws InterruptedException {
        Thread listener = new Thread(() -> {
            Handler h = handler;
            System.out.println(h == null ? "no handler yet" : h.handle("connect"));
        }, "listener");
        listener.start();
        handler = event -> "handled " + event;
        listener.join();
    }
}
