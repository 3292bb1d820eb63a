package example.collections;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/** The twin of {@link AvatarWeakCacheShared}: the weak cache is wrapped by {@code Collections.synchronizedMap}. */
// weft: expect none
public final class AvatarWeakCacheSynchronized {

    static final Map<String, byte[]> AVATARS = Collections.synchronizedMap(new WeakHashMap<>());

    static void render(String user) {
        AVATARS.put(user, new byte[] {(byte) user.length()});
    }

    public static void main(String[] args) throws InterruptedException {
        String alice = new String("alice");
        String bob = new String("bob");
        Threads.runAll(new String[] {"request-1", "request-2"}, () -> render(alice), () -> render(bob));
        System.out.println("cached " + AVATARS.size() + " for " + alice + ", " + bob);
    }
}
