package example.app;

import java.security.Security;

/**
 * Races on a plain counter only when a security property says an earlier run of the JVM was here: never in a fresh
 * JVM, which weft cannot reset this state to (security properties are not reset between the schedules of one JVM). A
 * race found in a later schedule of a shared JVM is then not reproduced by its replay in a fresh JVM.
 */
public final class RaceAfterFirstRun {
    static int count;

    public static void main(String[] args) throws Exception {
        boolean earlier = Security.getProperty("example.app.earlierRun") != null;
        Security.setProperty("example.app.earlierRun", "yes");
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
