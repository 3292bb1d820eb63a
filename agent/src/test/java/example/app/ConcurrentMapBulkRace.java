package example.app;
import java.util.concurrent.ConcurrentHashMap;
/** The action of a map's parallel forEach also adds to a plain counter: a race, and lost updates on some schedules. */
public final class ConcurrentMapBulkRace {
    static int count;
    public static void main(String[] args) {
        ConcurrentHashMap<Integer, Integer> map = new ConcurrentHashMap<>();
        for (int i = 0; i < 16; i++) {
            map.put(i, i);
        }
        map.forEach(1, (k, v) -> count++);
        System.out.println("count " + count);
    }
}
