package example.collections;

import java.util.Calendar;
import java.util.Date;

/** The fixed twin of {@code DueDatesSharedCalendar}: each computation takes a calendar of its own. */
// weft: expect none
public final class DueDatesCalendarPerCall {

    static int dueWeekday(Date issued) {
        Calendar calendar = Calendar.getInstance();
        calendar.setTimeInMillis(issued.getTime() + 30 * 86_400_000L);
        return calendar.get(Calendar.DAY_OF_WEEK);
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
