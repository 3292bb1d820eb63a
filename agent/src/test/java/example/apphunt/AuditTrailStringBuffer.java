package example.apphunt;

import java.nio.CharBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit trail is a {@code StringBuffer} (every method synchronized) that a recorder appends to while a monitor
 * thread scans it at the same time with {@code Pattern.matcher(trail)}, {@code new String(trail)} and
 * {@code CharBuffer.wrap(trail).toString()}, the matcher and the {@code toString()} holding the trail's lock. Each
 * call the scans make on the trail takes its lock: no data race (the counts vary from run to run, which the monitor
 * tolerates).
 */
// weft: expect none
public final class AuditTrailStringBuffer {

    private static final Pattern LOGIN = Pattern.compile("login:(\\w+)");

    public static void main(String[] args) throws Exception {
        StringBuffer trail = new StringBuffer();
        Thread recorder = new Thread(() -> {
            for (int i = 0; i < 400; i++) {
                trail.append("login:user").append(i % 7).append(' ');
            }
        }, "recorder");
        recorder.start();
        int scans = 0;
        while (recorder.isAlive()) {
            String copy = new String(trail);
            Matcher logins = LOGIN.matcher(copy);
            while (logins.find()) {
                scans++;
            }
            scans += CharBuffer.wrap(trail).length() >= 0 ? 1 : 0;
            synchronized (trail) { // the buffer's own lock: no append in between
                Matcher held = LOGIN.matcher(trail);
                while (held.find()) {
                    scans++;
                }
                scans += CharBuffer.wrap(trail).toString().length();
            }
        }
        recorder.join();
        Matcher logins = LOGIN.matcher(trail);
        int total = 0;
        while (logins.find()) {
            total++;
        }
        System.out.println("logins: " + total + ", " + CharBuffer.wrap(trail).toString().length() + " characters");
    }
}
