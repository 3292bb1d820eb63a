package example.exploreshapes;

import java.util.ArrayList;
import java.util.List;

/** Virtual threads (JDK 21+) count page visits in a plain field. */
// weft: expect race example.exploreshapes.VirtualVisitCounter.visits
public final class VirtualVisitCounter {

    private static int visits;

    public static void main(String[] args) throws InterruptedException {
        List<Thread> visitors = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            visitors.add(Thread.ofVirtual().name("visitor-" + i).start(() -> visits++));
        }
        for (Thread visitor : visitors) {
            visitor.join();
        }
        System.out.println("visits " + visits);
    }
}
