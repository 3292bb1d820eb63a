package example.collections;

import java.util.Map;
import java.util.WeakHashMap;

/** Two request threads cache rendered avatars in one {@code WeakHashMap} (keyed by user) with no lock. */
// weft: expect race example.collections.AvatarWeakCacheShared.AVATARS threads=request-1,request-2 collection=java.util.WeakHashMap
public final class AvatarWeakCacheShared {

    static final Map<String, byte[]> AVATARS = new WeakHashMap<>();

    static void render(String user) {
        AVATARS.put(user, new byte[] {(byte) user.length()}); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        String alice = new String("alice");
        String bob = new String("bob");
        Threads.runAll(new String[] {"request-1", "request-2"}, () -> render(alice), () -> render(bob));
        System.out.println("cached " + AVATARS.size() + " for " + alice + ", " + bob);
    }
}
