package example.racehunt;

/** A poller starts its thread in its own constructor, before it sets the interval the thread reads. */
// weft: expect race example.racehunt.ConstructorEscape.intervalMillis threads=main,poller
public final class ConstructorEscape {

    private long intervalMillis;
    private final Thread thread;

    ConstructorEscape(long intervalMillis) {
        thread = new Thread(this::poll, "poller");
        thread.start();
        this.intervalMillis = intervalMillis; // weft: race
    }

    private void poll() {
        System.out.println("polling every " + intervalMillis + " ms"); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        ConstructorEscape poller = new ConstructorEscape(250);
        poller.thread.join();
    }
}
