package example.apphunt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A booking system publishes each booked seat's ticket into an array slot with an array element
 * {@code VarHandle}'s {@code setRelease}; the usher thread polls the slots with {@code getAcquire} and reads a
 * ticket's fields once its slot is set.
 */
// weft: expect none
public final class SeatMapSlotsVarHandle {

    static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Ticket[].class);

    static final class Ticket {
        String holder;
        int row;
        int seat;
    }

    public static void main(String[] args) throws InterruptedException {
        Ticket[] seats = new Ticket[300];
        Thread usher = new Thread(() -> {
            int checked = 0;
            long rows = 0;
            boolean[] seen = new boolean[seats.length];
            while (checked < seats.length) {
                for (int i = 0; i < seats.length; i++) {
                    Ticket t = (Ticket) SLOT.getAcquire(seats, i);
                    if (t != null && !seen[i]) {
                        seen[i] = true;
                        rows += t.row + t.holder.length();
                        checked++;
                    }
                }
                Thread.onSpinWait();
            }
            System.out.println("usher checked " + checked + " tickets, rows " + rows);
        }, "usher");
        usher.start();
        for (int i = 0; i < seats.length; i++) {
            Ticket t = new Ticket();
            t.holder = "guest" + i;
            t.row = i / 20;
            t.seat = i % 20;
            SLOT.setRelease(seats, i, t);
        }
        usher.join();
    }
}
