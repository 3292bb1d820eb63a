package example.explorehunt;

/** Twin of {@link JoinUnderLock}: the generator lets go of the report's monitor before it joins the exporter. */
// weft: expect none
public final class JoinAfterUnlock {

    static final class Report {
        private final StringBuilder rows = new StringBuilder();

        synchronized void append(String row) {
            rows.append(row).append('\n');
        }

        synchronized String text() {
            return rows.toString();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Report report = new Report();
        Thread exporter = new Thread(() -> report.append("exported"), "exporter");
        exporter.start();
        synchronized (report) {
            report.append("header");
        }
        exporter.join();
        System.out.println(report.text());
    }
}
