package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A session registry on a {@code ConcurrentHashMap} (check-then-act with {@code containsKey} then
 * {@code put}) that counts new sessions in a plain field: the count is a data race.
 */
// weft: expect race example.explorehunt.RegistryCounter.created
public final class RegistryCounter {

    private static final ConcurrentMap<String, Long> SESSIONS = new ConcurrentHashMap<>();
    private static int created;

    static void open(String user) {
        if (!SESSIONS.containsKey(user)) {
            SESSIONS.put(user, System.nanoTime());
            created++;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread web = new Thread(() -> open("ada"), "web");
        Thread api = new Thread(() -> open("grace"), "api");
        web.start();
        api.start();
        web.join();
        api.join();
        System.out.println(created + " sessions, " + SESSIONS.size() + " users");
    }
}
