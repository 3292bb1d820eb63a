package example.collections;

import java.text.SimpleDateFormat;
import java.util.Date;

/** The fixed twin of {@code AccessLogSharedDateFormat}: each handler thread formats with a copy of its own. */
// weft: expect none
public final class AccessLogThreadLocalDateFormat {

    static final ThreadLocal<SimpleDateFormat> STAMP = ThreadLocal.withInitial(() -> new SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss"));

    static String line(long millis, String path) {
        return "[" + STAMP.get().format(new Date(millis)) + "] GET " + path;
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
