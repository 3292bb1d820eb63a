package example.app;
/** A daemon thread spins forever on a volatile counter; main prints and ends, which ends the JVM. */
public final class DaemonSpinner {
    static volatile long ticks;
    public static void main(String[] args) throws Exception {
        Thread spinner = new Thread(() -> { while (true) { ticks++; } }, "daemon-spinner");
        spinner.setDaemon(true);
        spinner.start();
        Thread.sleep(5);
        System.out.println("main done");
    }
}
