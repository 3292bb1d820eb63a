package example.app;
/**
 * A spinner waits in a loop for a flag a setter raises: under cooperative scheduling on one CPU the
 * spinner keeps the CPU and starves the setter; with time slices the setter gets its turn.
 */
public final class SpinWait {
    static volatile boolean raised;
    public static void main(String[] args) throws Exception {
        Thread spinner = new Thread(() -> { while (!raised) { } }, "spinner");
        Thread setter = new Thread(() -> { raised = true; }, "setter");
        spinner.start(); setter.start(); spinner.join(); setter.join();
        System.out.println("done");
    }
}
