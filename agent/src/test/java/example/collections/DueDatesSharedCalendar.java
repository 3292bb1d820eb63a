package example.collections;

import java.util.Calendar;
import java.util.Date;

/** Two billing threads find the weekday of invoice due dates with one shared {@code Calendar}: set the date, read its weekday. */
// weft: expect race example.collections.DueDatesSharedCalendar.CALENDAR threads=billing-1,billing-2 collection=java.util.GregorianCalendar
public final class DueDatesSharedCalendar {

    static final Calendar CALENDAR = Calendar.getInstance();

    static int dueWeekday(Date issued) {
        CALENDAR.setTimeInMillis(issued.getTime() + 30 * 86_400_000L); // weft: race
        return CALENDAR.get(Calendar.DAY_OF_WEEK); // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        long[] sums = new long[2];
        Threads.runAll(new String[] {"billing-1", "billing-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                sums[0] += dueWeekday(new Date(1_700_000_000_000L + i * 86_400_000L));
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                sums[1] += dueWeekday(new Date(1_600_000_000_000L + i * 86_400_000L));
            }
        });
        System.out.println(sums[0] + sums[1]);
    }
}
