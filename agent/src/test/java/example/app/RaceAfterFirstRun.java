package example.app;

import java.net.CookieHandler;
import java.net.CookieManager;

/**
 * Races on a plain counter only when the JVM's default cookie handler, which an earlier run of the JVM set, is there:
 * never in a fresh JVM, which weft does not reset this state to (the JDK's default handlers are not reset between the
 * schedules of one JVM). A
 * race found in a later schedule of a shared JVM is then not reproduced by its replay in a fresh JVM.
 */
public final class RaceAfterFirstRun {
    static int count;

    public static void main(String[] args) throws Exception {
        boolean earlier = CookieHandler.getDefault() != null;
        CookieHandler.setDefault(new CookieManager());
        Thread first = new Thread(() -> {
            if (earlier) {
                count++;
            }
        });
        Thread second = new Thread(() -> {
            if (earlier) {
                count++;
            }
        });
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println(earlier ? "counted after an earlier run" : "first run");
    }
}
