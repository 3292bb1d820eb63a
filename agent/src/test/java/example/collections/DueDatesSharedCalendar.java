package example.collections;

import java.util.Calendar;
import java.util.Date;

/** Two billing threads compute invoice due dates with one shared {@code Calendar}: set the issue date, add thirty days. */
// weft: expect race example.collections.DueDatesSharedCalendar.CALENDAR threads=billing-1,billing-2 collection=java.util.GregorianCalendar
public final class DueDatesSharedCalendar {

    static final Calendar CALENDAR = Calendar.getInstance();

    static Date dueDate(Date issued) {
        CALENDAR.setTime(issued); // weft: race
        CALENDAR.add(Calendar.DAY_OF_MONTH, 30); // weft: race
        return CALENDAR.getTime(); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        long[] sums = new long[2];
        Threads.runAll(new String[] {"billing-1", "billing-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                sums[0] += dueDate(new Date(1_700_000_000_000L + i * 86_400_000L)).getTime();
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                sums[1] += dueDate(new Date(1_600_000_000_000L + i * 86_400_000L)).getTime();
            }
        });
        System.out.println(sums[0] + sums[1]);
    }
}
