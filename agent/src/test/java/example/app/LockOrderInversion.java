package example.app;
/**
 * A teller takes the accounts lock then the audit lock; an auditor, 500 ms later (ample on a busy machine), takes
 * them the other way round. The run does not deadlock, but another schedule would: weft predicts it (lock-order).
 */
public final class LockOrderInversion {
    static final Object accounts = new Object(), audit = new Object();
    public static void main(String[] args) throws Exception {
        Thread teller = new Thread(() -> { synchronized (accounts) { synchronized (audit) { } } }, "teller");
        Thread auditor = new Thread(() -> {
            try { Thread.sleep(500); } catch (InterruptedException e) { }
            synchronized (audit) { synchronized (accounts) { } }
        }, "auditor");
        teller.start(); auditor.start(); teller.join(); auditor.join();
        System.out.println("done");
    }
}
