package example.app;
/**
 * Opposite lock orders that can never deadlock: the second thread starts after the first was joined,
 * and two other threads take their opposite orders inside one common gate lock. Weft must stay silent.
 */
public final class NeverDeadlockingOrders {
    static final Object a = new Object(), b = new Object(), gate = new Object();
    public static void main(String[] args) throws Exception {
        Thread first = new Thread(() -> { synchronized (a) { synchronized (b) { } } }, "first");
        first.start(); first.join();
        Thread second = new Thread(() -> { synchronized (b) { synchronized (a) { } } }, "second");
        second.start(); second.join();
        Thread g1 = new Thread(() -> { synchronized (gate) { synchronized (a) { synchronized (b) { } } } }, "gated-1");
        Thread g2 = new Thread(() -> { synchronized (gate) { synchronized (b) { synchronized (a) { } } } }, "gated-2");
        g1.start(); g2.start(); g1.join(); g2.join();
        System.out.println("done");
    }
}
