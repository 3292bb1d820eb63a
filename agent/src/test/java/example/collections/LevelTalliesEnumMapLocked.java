package example.collections;

import java.util.EnumMap;
import java.util.Map;

/** The fixed twin of {@code LevelTalliesEnumMap}: the appenders tally under the map's lock. */
// weft: expect none
public final class LevelTalliesEnumMapLocked {

    enum Level { DEBUG, INFO, WARN }

    static final Map<Level, Integer> TALLIES = new EnumMap<>(Level.class);

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"appender-1", "appender-2"}, () -> {
            for (int i = 0; i < 1000; i++) {
                synchronized (TALLIES) {
                    TALLIES.merge(Level.values()[i % 3], 1, Integer::sum);
                }
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                synchronized (TALLIES) {
                    TALLIES.merge(Level.values()[i % 2], 1, Integer::sum);
                }
            }
        });
        synchronized (TALLIES) {
            System.out.println(TALLIES);
        }
    }
}
