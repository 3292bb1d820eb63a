package example.explorehunt;

/**
 * {@link CacheEvictionEvents}'s bus and session cache, but the cache announces an eviction after it lets its lock go:
 * publishing takes the bus, then the cache; evicting takes the cache, lets it go, then takes the bus. One order.
 */
// weft: expect none
public final class CacheEvictionEventsAfterUnlock {

    static final class AnnouncingCache extends CacheEvictionEvents.SessionCache {
        AnnouncingCache(CacheEvictionEvents.Bus bus) {
            super(bus);
        }

        @Override
        void evictIdle(String session) {
            boolean evicted;
            lock.lock();
            try {
                evicted = sessions.remove(session) != null;
            } finally {
                lock.unlock();
            }
            if (evicted) {
                bus.publish("evicted:" + session);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CacheEvictionEvents.Bus bus = new CacheEvictionEvents.Bus();
        AnnouncingCache cache = new AnnouncingCache(bus);
        bus.subscribe(event -> cache.onEvent(event));
        Thread gateway = new Thread(() -> bus.publish("logout:s1"), "gateway");
        Thread evictor = new Thread(() -> cache.evictIdle("s2"), "evictor");
        gateway.start();
        evictor.start();
        gateway.join();
        evictor.join();
        System.out.println("sessions left: " + cache.sessions.size());
    }
}
