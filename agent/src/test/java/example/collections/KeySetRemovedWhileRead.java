package example.collections;

import java.util.HashMap;
import java.util.Map;

/** One thread drops expired sessions through the map's key set while another looks sessions up. */
// weft: expect race example.collections.KeySetRemovedWhileRead.sessions threads=reaper,reader collection=java.util.HashMap
public final class KeySetRemovedWhileRead {

    static final Map<String, Integer> sessions = new HashMap<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            sessions.put("old-" + i, i);
        }
        Runnable reaper = () -> {
            for (int i = 0; i < 100; i++) {
                sessions.keySet().remove("old-" + i); // weft: race
            }
        };
        Runnable reader = () -> {
            int found = 0;
            for (int i = 0; i < 100; i++) {
                found += sessions.containsKey("old-" + i) ? 1 : 0; // weft: race
            }
            System.out.println("found " + found);
        };
        Threads.runAll(new String[] {"reaper", "reader"}, reaper, reader);
    }
}
