package example.app;
/**
 * A teller takes the accounts lock then the audit lock; an auditor, once the teller is done (a volatile flag, not a lock, a start or a
 * join, so nothing lock-order knows of), takes them the other way round. No deadlock here, another schedule would: weft predicts it.
 */
public final class LockOrderInversion {
    static final Object accounts = new Object(), audit = new Object(); static volatile boolean tellerDone;
    public static void main(String[] args) throws Exception {
        Thread teller = new Thread(() -> { synchronized (accounts) { synchronized (audit) { } } tellerDone = true; }, "teller");
        Thread auditor = new Thread(() -> {
            while (!tellerDone) { try { Thread.sleep(1); } catch (InterruptedException e) { } } // a fixed delay deadlocks on a loaded machine
            synchronized (audit) { synchronized (accounts) { } }
        }, "auditor");
        teller.start(); auditor.start(); teller.join(); auditor.join();
        System.out.println("done");
    }
}
