package example.app;
import java.util.concurrent.atomic.AtomicReference;
/** SpinWait on an atomic: a spinner waits in a loop for a config that a setter publishes through an AtomicReference. */
public final class AtomicSpinWait {
    public static void main(String[] args) throws Exception {
        AtomicReference<String> config = new AtomicReference<>();
        Thread spinner = new Thread(() -> { while (config.get() == null) { } }, "spinner");
        Thread setter = new Thread(() -> config.set("v1"), "setter");
        spinner.start(); setter.start(); spinner.join(); setter.join();
        System.out.println("done");
    }
}
