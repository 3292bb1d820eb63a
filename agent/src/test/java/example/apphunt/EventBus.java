package example.apphunt;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An event bus: listeners subscribe into a {@code CopyOnWriteArrayList}, a dispatcher thread delivers what
 * publishers queue. Plugins started before the bus find it through a plain static field the main thread
 * sets once the bus is ready.
 */
// weft: expect race example.apphunt.EventBus.defaultBus threads=main,plugin-*
public final class EventBus {

    private static EventBus defaultBus;

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
    private final Thread dispatcher = new Thread(this::dispatch, "bus-dispatcher");

    void subscribe(Consumer<String> listener) {
        listeners.add(listener);
    }

    void publish(String event) {
        pending.add(event);
    }

    private void dispatch() {
        try {
            for (String event = pending.take(); !event.equals("shutdown"); event = pending.take()) {
                for (Consumer<String> listener : listeners) {
                    listener.accept(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static EventBus awaitDefault() throws InterruptedException {
        EventBus bus;
        while ((bus = defaultBus) == null) { // weft: race
            Thread.sleep(1);
        }
        return bus;
    }

    static final class Plugin extends Thread {
        private final AtomicInteger seen;

        Plugin(int id, AtomicInteger seen) {
            super("plugin-" + id);
            this.seen = seen;
        }

        @Override
        public void run() {
            try {
                EventBus bus = awaitDefault();
                bus.subscribe(event -> seen.incrementAndGet());
                bus.publish(getName() + " ready");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger seen = new AtomicInteger();
        Plugin[] plugins = {new Plugin(1, seen), new Plugin(2, seen)};
        for (Plugin plugin : plugins) {
            plugin.start();
        }
        EventBus bus = new EventBus();
        bus.dispatcher.start();
        defaultBus = bus; // weft: race
        for (Plugin plugin : plugins) {
            plugin.join();
        }
        bus.publish("shutdown");
        bus.dispatcher.join();
        System.out.println("listeners " + bus.listeners.size() + ", deliveries " + seen.get());
    }
}
