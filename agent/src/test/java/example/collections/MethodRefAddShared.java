package example.collections;

import java.util.ArrayList;
import java.util.List;

/** Two crawlers add the links of a page to one shared list through a method reference, {@code forEach(seen::add)}. */
// weft: expect race java.util.ArrayList threads=crawler-1,crawler-2 collection=java.util.ArrayList
public final class MethodRefAddShared {

    public static void main(String[] args) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        Runnable crawl = () -> List.of("a", "b").forEach(seen::add); // weft: race
        Threads.runAll(new String[] {"crawler-1", "crawler-2"}, crawl, crawl);
    }
}
