package example.explorehunt;

/**
 * A report generator waits for its exporter thread with {@code join} while it holds the report's monitor; the
 * exporter needs that monitor to write its last row. If the exporter has not taken the monitor before the generator
 * does, neither ends.
 */
// weft: expect deadlock
public final class JoinUnderLock {

    static final class Report {
        private final StringBuilder rows = new StringBuilder();

        synchronized void append(String row) {
            rows.append(row).append('\n');
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Report report = new Report();
        Thread exporter = new Thread(() -> report.append("exported"), "exporter");
        exporter.start();
        synchronized (report) {
            report.append("header");
            exporter.join(); // the bug: joins holding the monitor the exporter needs
        }
        System.out.println(report.rows);
    }
}
