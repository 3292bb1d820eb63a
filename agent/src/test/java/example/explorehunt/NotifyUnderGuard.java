package example.explorehunt;

/** {@link NotifyBeforeWait}'s correct twin: the flag is checked in a {@code while} loop under the monitor. */
// weft: expect none
public final class NotifyUnderGuard {

    private static final Object SIGNAL = new Object();
    private static boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            synchronized (SIGNAL) {
                while (!ready) {
                    try {
                        SIGNAL.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            System.out.println("woken");
        }, "waiter");
        Thread notifier = new Thread(() -> {
            synchronized (SIGNAL) {
                ready = true;
                SIGNAL.notify();
            }
        }, "notifier");
        waiter.start();
        notifier.start();
        waiter.join();
        notifier.join();
    }
}
