package example.app;
/**
 * LockOrderInversion with a thread whose name is markup, {@code <script>alert(1)</script>}: every report
 * must show it as text. The auditor waits 500 ms, not 50, so that a busy machine does not turn the
 * potential deadlock into a real one.
 */
public final class ScriptNamedThreads {
    static final Object accounts = new Object(), audit = new Object();
    public static void main(String[] args) throws Exception {
        Thread teller = new Thread(() -> { synchronized (accounts) { synchronized (audit) { } } }, "<script>alert(1)</script>");
        Thread auditor = new Thread(() -> {
            try { Thread.sleep(500); } catch (InterruptedException e) { }
            synchronized (audit) { synchronized (accounts) { } }
        }, "auditor");
        teller.start(); auditor.start(); teller.join(); auditor.join();
        System.out.println("done");
    }
}
