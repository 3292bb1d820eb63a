package example.apphunt;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A monitoring agent notifies alert listeners kept in a {@code CopyOnWriteArrayList}: a plugin thread configures a
 * listener and adds it while the notifier thread iterates over snapshots of the list; each listener counts its alerts
 * in plain fields, read by the agent after joining both threads.
 */
// weft: expect none
public final class AlertListeners {

    static final class Listener {
        final String channel;
        int threshold;
        int alerts;
        String last;

        Listener(String channel) {
            this.channel = channel;
        }

        void onReading(int value) {
            if (value >= threshold) {
                alerts++;
                last = channel + ":" + value;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
        Listener pager = new Listener("pager");
        pager.threshold = 90;
        listeners.add(pager);
        Thread plugins = new Thread(() -> {
            for (String channel : new String[] {"mail", "chat"}) {
                Listener listener = new Listener(channel);
                listener.threshold = channel.length() * 10;
                listeners.add(listener);
            }
        }, "plugins");
        Thread notifier = new Thread(() -> {
            for (int value = 0; value < 100; value += 7) {
                for (Listener listener : listeners) {
                    listener.onReading(value);
                }
            }
        }, "notifier");
        plugins.start();
        notifier.start();
        plugins.join();
        notifier.join();
        for (Listener listener : listeners) {
            System.out.println(listener.channel + " " + listener.alerts + " " + listener.last);
        }
    }
}
