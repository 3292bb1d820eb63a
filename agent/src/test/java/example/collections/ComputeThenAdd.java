package example.collections;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * computeIfAbsent on a ConcurrentHashMap gives both threads the same ArrayList, which they then add to
 * outside the map: the map orders its own calls, not what callers do with the values afterwards.
 */
// weft: expect race java.util.ArrayList threads=client-1,client-2 collection=java.util.ArrayList
public final class ComputeThenAdd {

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, List<Integer>> visits = new ConcurrentHashMap<>();
        Runnable client = () -> {
            for (int i = 0; i < 100; i++) {
                visits.computeIfAbsent("/home", path -> new ArrayList<>()).add(i); // weft: race
            }
        };
        Threads.runAll(new String[] {"client-1", "client-2"}, client, client);
        System.out.println("visits " + visits.get("/home").size());
    }
}
