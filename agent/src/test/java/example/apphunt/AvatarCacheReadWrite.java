package example.apphunt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A chat server caches rendered avatars two ways: sizes in a {@code HashMap} behind a {@code ReadWriteLock}
 * (read lock to look up, write lock to add), and avatars in a {@code ConcurrentHashMap} filled with
 * {@code computeIfAbsent}, whose values request threads read after the call.
 */
// weft: expect none
public final class AvatarCacheReadWrite {

    static final class Avatar {
        final String user;
        int[] pixels;
        String format;

        Avatar(String user) {
            this.user = user;
        }
    }

    static final class AvatarCache {
        private final ReadWriteLock sizesLock = new ReentrantReadWriteLock();
        private final Map<String, Integer> sizes = new HashMap<>();
        private final ConcurrentHashMap<String, Avatar> avatars = new ConcurrentHashMap<>();

        int size(String user) {
            sizesLock.readLock().lock();
            try {
                Integer known = sizes.get(user);
                if (known != null) {
                    return known;
                }
            } finally {
                sizesLock.readLock().unlock();
            }
            sizesLock.writeLock().lock();
            try {
                return sizes.computeIfAbsent(user, u -> 32 + u.length() % 4 * 16);
            } finally {
                sizesLock.writeLock().unlock();
            }
        }

        Avatar avatar(String user) {
            return avatars.computeIfAbsent(user, u -> {
                Avatar a = new Avatar(u);
                a.pixels = new int[size(u)];
                a.format = "png";
                return a;
            });
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AvatarCache cache = new AvatarCache();
        List<Thread> requests = new ArrayList<>();
        long[] served = new long[4];
        for (int r = 0; r < served.length; r++) {
            int me = r;
            Thread t = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    Avatar a = cache.avatar("user" + (i % 40));
                    served[me] += a.pixels.length + a.format.length() + cache.size(a.user);
                }
            }, "request-" + r);
            requests.add(t);
            t.start();
        }
        for (Thread t : requests) {
            t.join();
        }
        System.out.println(java.util.Arrays.stream(served).sum() + " pixels served");
    }
}
