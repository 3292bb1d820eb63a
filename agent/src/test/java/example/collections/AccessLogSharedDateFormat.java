package example.collections;

import java.text.SimpleDateFormat;
import java.util.Date;

/** Two request handlers stamp access-log lines with one shared {@code SimpleDateFormat}, which keeps its work in its own calendar. */
// weft: expect race example.collections.AccessLogSharedDateFormat.STAMP threads=handler-1,handler-2 collection=java.text.SimpleDateFormat
public final class AccessLogSharedDateFormat {

    static final SimpleDateFormat STAMP = new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss");

    static String line(long millis, String path) {
        return "[" + STAMP.format(new Date(millis)) + "] GET " + path; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        StringBuilder[] logs = {new StringBuilder(), new StringBuilder()};
        Threads.runAll(new String[] {"handler-1", "handler-2"}, () -> {
            for (int i = 0; i < 200; i++) {
                logs[0].append(line(1_700_000_000_000L + i * 1000L, "/a")).append('\n');
            }
        }, () -> {
            for (int i = 0; i < 200; i++) {
                logs[1].append(line(1_600_000_000_000L + i * 7000L, "/b")).append('\n');
            }
        });
        System.out.println(logs[0].length() + logs[1].length());
    }
}
