package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * computeIfAbsent gives both threads the same counter object, which they then bump outside the map:
 * the map orders its own calls, not what callers do with the values afterwards.
 */
// weft: expect race example.racehunt.ComputeThenMutate$Hits.n threads=client-1,client-2
public final class ComputeThenMutate {

    static final class Hits {
        int n;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Hits> hits = new ConcurrentHashMap<>();
        Runnable client = () -> {
            Hits home = hits.computeIfAbsent("/home", path -> new Hits());
            for (int i = 0; i < 300; i++) {
                home.n++; // weft: race
            }
        };
        Threads.runAll(new String[] {"client-1", "client-2"}, client, client);
        System.out.println("home " + hits.get("/home").n);
    }
}
