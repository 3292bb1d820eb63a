package example.app;
import java.util.concurrent.atomic.AtomicBoolean;
/** A thread spins on an AtomicBoolean (JDK code: no scheduling point) until main, after a sleep, sets it. */
public final class AtomicSpin {
    public static void main(String[] args) throws Exception {
        AtomicBoolean flag = new AtomicBoolean();
        Thread spinner = new Thread(() -> { while (!flag.get()) { } System.out.println("spun"); }, "spinner");
        spinner.start();
        Thread.sleep(1);
        flag.set(true);
        spinner.join();
    }
}
