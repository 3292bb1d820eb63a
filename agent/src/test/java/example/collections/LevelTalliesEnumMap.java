package example.collections;

import java.util.EnumMap;
import java.util.Map;

/** Log levels are tallied in a plain {@code EnumMap} by two appender threads. */
// weft: expect race example.collections.LevelTalliesEnumMap.TALLIES threads=appender-1,appender-2 collection=java.util.EnumMap
public final class LevelTalliesEnumMap {

    enum Level { DEBUG, INFO, WARN }

    static final Map<Level, Integer> TALLIES = new EnumMap<>(Level.class);

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"appender-1", "appender-2"}, () -> {
            for (int i = 0; i < 1000; i++) {
                TALLIES.merge(Level.values()[i % 3], 1, Integer::sum); // weft: race
            }
        }, () -> {
            for (int i = 0; i < 1000; i++) {
                TALLIES.merge(Level.values()[i % 2], 1, Integer::sum); // weft: race
            }
        });
        System.out.println(TALLIES);
    }
}
