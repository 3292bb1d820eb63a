package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;

/** The twin of ComputeThenMutate: the counter is bumped inside compute, and merge sums a second map. */
// weft: expect none
public final class ComputeInsideMap {

    static final class Hits {
        int n;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<String, Hits> hits = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Integer> bytes = new ConcurrentHashMap<>();
        Runnable client = () -> {
            for (int i = 0; i < 300; i++) {
                hits.compute("/home", (path, h) -> {
                    Hits counted = h == null ? new Hits() : h;
                    counted.n++;
                    return counted;
                });
                bytes.merge("/home", 512, Integer::sum);
            }
        };
        Threads.runAll(new String[] {"client-1", "client-2"}, client, client);
        System.out.println("home " + hits.get("/home").n + " hits, " + bytes.get("/home") + " bytes");
    }
}
