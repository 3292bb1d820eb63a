package example.racehunt;

import java.util.Arrays;

/** Listeners are added under a lock by copying the array into a plain field; the notifier reads the field unlocked. */
// weft: expect race example.racehunt.ListenerArraySwapped.listeners threads=registrar,notifier
public final class ListenerArraySwapped {

    private Runnable[] listeners = new Runnable[0];

    synchronized void add(Runnable listener) {
        Runnable[] bigger = Arrays.copyOf(listeners, listeners.length + 1);
        bigger[bigger.length - 1] = listener;
        listeners = bigger; // weft: race
    }

    int notifyAllListeners() {
        Runnable[] current = listeners; // weft: race
        for (Runnable listener : current) {
            listener.run();
        }
        return current.length;
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
                    int notified = 0;
                    for (int i = 0; i < 50; i++) {
                        notified += bus.notifyAllListeners();
                    }
                    System.out.println("notified " + (notified >= 0));
                });
    }
}
