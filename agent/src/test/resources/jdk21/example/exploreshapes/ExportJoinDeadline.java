package example.exploreshapes;

import java.time.Duration;

/**
 * An export thread fills a plain field; {@code main} joins it with a deadline ({@code Thread.join(Duration)}, JDK 19+)
 * and, when the deadline passes, shows what has been exported so far: only a join that times out before the export
 * is done leaves the read unordered with the export's write.
 */
// weft: expect race example.exploreshapes.ExportJoinDeadline.rows
public final class ExportJoinDeadline {

    private static int rows;

    public static void main(String[] args) throws InterruptedException {
        Thread exporter = new Thread(() -> rows = 1200, "exporter");
        exporter.start();
        if (!exporter.join(Duration.ofSeconds(5))) { // weft: times out early
            System.out.println("export still running");
        }
        System.out.println("rows " + rows);
    }
}
