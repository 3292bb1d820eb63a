package example.racehunt;

import java.util.Arrays;

/**
 * Listeners are added under a lock by copying the array into a plain field; the notifier reads the field unlocked
 * to size its batch (were it to run the listeners, its reads of the new array's last element would race too).
 */
// weft: expect race example.racehunt.ListenerArraySwapped.listeners threads=registrar,notifier
public final class ListenerArraySwapped {

    private Runnable[] listeners = new Runnable[0];

    synchronized void add(Runnable listener) {
        Runnable[] bigger = Arrays.copyOf(listeners, listeners.length + 1);
        bigger[bigger.length - 1] = listener;
        listeners = bigger; // weft: race
    }

    int listenerCount() {
        return listeners.length; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        ListenerArraySwapped bus = new ListenerArraySwapped();
        Threads.runAll(new String[] {"registrar", "notifier"},
                () -> {
                    for (int i = 0; i < 20; i++) {
                        bus.add(() -> { });
                    }
                },
                () -> {
                    int counted = 0;
                    for (int i = 0; i < 50; i++) {
                        counted += bus.listenerCount();
                    }
                    System.out.println("counted " + (counted >= 0));
                });
    }
}
