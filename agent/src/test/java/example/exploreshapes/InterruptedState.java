package example.exploreshapes;

import java.util.concurrent.LinkedBlockingQueue;

/** The main thread interrupts a worker blocked in {@code take} and reads the state it writes on the way out, without joining it. */
// weft: expect race example.exploreshapes.InterruptedState.state
public final class InterruptedState {

    private static String state = "running";

    public static void main(String[] args) throws InterruptedException {
        LinkedBlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        Thread worker = new Thread(() -> {
            try {
                inbox.take();
            } catch (InterruptedException e) {
                state = "stopped";
            }
        }, "worker");
        worker.start();
        worker.interrupt();
        System.out.println("state " + state);
        worker.join();
    }
}
