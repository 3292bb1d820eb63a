package example.explorehunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * An event bus delivers each event to its subscribers while it holds its lock (so that they see events in order); a
 * session cache subscribes a lambda that drops the session an event names, under the cache's lock, and announces
 * each eviction on the bus while it holds that lock. Publishing takes the bus, then the cache (in the callback);
 * evicting takes the cache, then the bus.
 */
// weft: expect deadlock
public final class CacheEvictionEvents {

    static final class Bus {
        private final ReentrantLock lock = new ReentrantLock();
        private final List<Consumer<String>> subscribers = new ArrayList<>();

        void subscribe(Consumer<String> subscriber) {
            lock.lock();
            try {
                subscribers.add(subscriber);
            } finally {
                lock.unlock();
            }
        }

        void publish(String event) {
            lock.lock();
            try {
                for (Consumer<String> subscriber : subscribers) {
                    subscriber.accept(event);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    static class SessionCache {
        final ReentrantLock lock = new ReentrantLock();
        final Map<String, String> sessions = new HashMap<>();
        final Bus bus;

        SessionCache(Bus bus) {
            this.bus = bus;
            sessions.put("s1", "alice");
            sessions.put("s2", "bob");
        }

        void onEvent(String event) {
            lock.lock();
            try {
                if (event.startsWith("logout:")) {
                    sessions.remove(event.substring(7));
                }
            } finally {
                lock.unlock();
            }
        }

        void evictIdle(String session) {
            lock.lock();
            try {
                if (sessions.remove(session) != null) {
                    bus.publish("evicted:" + session);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** With an argument, the evictor runs only after the logout was published (a latch): a plain run predicts the cycle. */
    public static void main(String[] args) throws InterruptedException {
        Bus bus = new Bus();
        SessionCache cache = new SessionCache(bus);
        bus.subscribe(event -> cache.onEvent(event));
        CountDownLatch published = new CountDownLatch(args.length > 0 ? 1 : 0);
        Thread gateway = new Thread(() -> {
            bus.publish("logout:s1");
            published.countDown();
        }, "gateway");
        Thread evictor = new Thread(() -> {
            HubTransfersThreeWay.await(published);
            cache.evictIdle("s2");
        }, "evictor");
        gateway.start();
        evictor.start();
        gateway.join();
        evictor.join();
        System.out.println("sessions left: " + cache.sessions.size());
    }
}
