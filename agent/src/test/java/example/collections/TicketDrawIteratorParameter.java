package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A raffle draws tickets with a helper that takes the iterator as a parameter; main gives the same iterator (a local
 * variable both lambdas capture) to two drawing threads, which step it through the helper's parameter with no lock.
 */
// weft: expect race java.util.ArrayList$Itr threads=draw-1,draw-2 collection=java.util.ArrayList$Itr
public final class TicketDrawIteratorParameter {

    static String draw(Iterator<String> tickets) {
        try {
            return tickets.hasNext() ? tickets.next() : null; // weft: race
        } catch (NoSuchElementException drawnMeanwhile) {
            return null;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> sold = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            sold.add("ticket-" + i);
        }
        Iterator<String> tickets = sold.iterator();
        int[] drawn = new int[2];
        Threads.runAll(new String[] {"draw-1", "draw-2"}, () -> {
            while (draw(tickets) != null) {
                drawn[0]++;
            }
        }, () -> {
            while (draw(tickets) != null) {
                drawn[1]++;
            }
        });
        System.out.println("tickets drawn: " + (drawn[0] + drawn[1]));
    }
}
