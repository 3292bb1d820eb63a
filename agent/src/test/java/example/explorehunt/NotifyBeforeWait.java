package example.explorehunt;

/**
 * A lost wake-up: the waiter checks the flag with {@code if} outside the monitor and then waits; when the
 * notifier sets the flag and notifies between the check and the wait, the waiter waits forever.
 */
// weft: expect deadlock
public final class NotifyBeforeWait {

    private static final Object SIGNAL = new Object();
    private static volatile boolean ready;

    public static void main(String[] args) throws InterruptedException {
        Thread waiter = new Thread(() -> {
            if (!ready) {
                synchronized (SIGNAL) {
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
            ready = true;
            synchronized (SIGNAL) {
                SIGNAL.notify();
            }
        }, "notifier");
        waiter.start();
        notifier.start();
        waiter.join();
        notifier.join();
    }
}
