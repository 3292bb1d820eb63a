package example.collections;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The fixed twin of {@code TicketDrawIteratorParameter}: the helper steps the iterator under its lock. */
// weft: expect none
public final class TicketDrawIteratorParameterLocked {

    static String draw(Iterator<String> tickets) {
        synchronized (tickets) {
            return tickets.hasNext() ? tickets.next() : null;
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
