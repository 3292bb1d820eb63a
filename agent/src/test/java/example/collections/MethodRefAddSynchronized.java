package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Twin of {@code MethodRefAddShared}: the shared list is a synchronized wrapper. Correct: no finding. */
// weft: expect none
public final class MethodRefAddSynchronized {

    public static void main(String[] args) throws InterruptedException {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Runnable crawl = () -> List.of("a", "b").forEach(seen::add);
        Threads.runAll(new String[] {"crawler-1", "crawler-2"}, crawl, crawl);
        System.out.println("seen " + seen.size());
    }
}
