package example.racehunt;

/** A controller writes a plain command field and interrupts the sleeping worker, which reads the command when it wakes. */
// weft: expect none
public final class InterruptCommand {

    private static String command;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                System.out.println("slept");
            } catch (InterruptedException e) {
                System.out.println("told to " + command);
            }
        }, "worker");
        worker.start();
        Thread controller = new Thread(() -> {
            command = "reload";
            worker.interrupt();
        }, "controller");
        controller.start();
        worker.join();
        controller.join();
    }
}
