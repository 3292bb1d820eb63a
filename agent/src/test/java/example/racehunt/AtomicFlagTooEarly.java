package example.racehunt;

import java.util.concurrent.atomic.AtomicBoolean;

/** The loader sets the AtomicBoolean before it writes the data it announces; the reader trusts the flag. */
// weft: expect race example.racehunt.AtomicFlagTooEarly.data threads=loader,reader
public final class AtomicFlagTooEarly {

    private static final AtomicBoolean LOADED = new AtomicBoolean();
    private static String data;

    public static void main(String[] args) throws InterruptedException {
        Runnable loader = () -> {
            LOADED.set(true);
            data = "rows"; // weft: race
        };
        Runnable reader = () -> {
            while (!LOADED.get()) {
                Thread.onSpinWait();
            }
            System.out.println("data " + data); // weft: race
        };
        Threads.runAll(new String[] {"loader", "reader"}, loader, reader);
    }
}
