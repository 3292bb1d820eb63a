package example.racehunt;

/** Two schedulers mark the same day as booked in a boolean[] calendar, check-then-act, without a lock. */
// weft: expect race boolean[] threads=scheduler-1,scheduler-2
public final class BooleanArrayFlags {

    private static final boolean[] BOOKED = new boolean[31];
    private static int bookings;

    static synchronized void count() {
        bookings++;
    }

    static void book(int day) {
        if (!BOOKED[day]) { // weft: race
            BOOKED[day] = true; // weft: race
            count();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable scheduler = () -> book(14);
        Threads.runAll(new String[] {"scheduler-1", "scheduler-2"}, scheduler, scheduler);
        System.out.println("bookings " + bookings);
    }
}
