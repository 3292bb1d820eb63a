package example.collections;

import java.util.ArrayList;
import java.util.List;

/** An event source's listener list (an {@code ArrayList}) gets a listener added while another thread notifies them all. */
// weft: expect race example.collections.ListenersAddedWhileNotified.LISTENERS threads=notifier,subscriber collection=java.util.ArrayList
public final class ListenersAddedWhileNotified {

    static final List<Runnable> LISTENERS = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        int[] calls = new int[1];
        LISTENERS.add(() -> { });
        Threads.runAll(new String[] {"subscriber", "notifier"}, () -> {
            for (int i = 0; i < 200; i++) {
                LISTENERS.add(() -> { }); // weft: race
            }
        }, () -> {
            for (int i = 0; i < 200; i++) {
                try {
                    for (Runnable listener : LISTENERS) { // weft: race
                        listener.run();
                    }
                } catch (java.util.ConcurrentModificationException expected) {
                    calls[0]++;
                }
            }
        });
        System.out.println(LISTENERS.size() + " " + calls[0]);
    }
}
