package example.apphunt;

/**
 * An importer on a virtual thread (JDK 21+) and a reporter on a platform thread share a progress counter: the
 * importer bumps it, the reporter reads it, with nothing ordering them.
 */
// weft: expect race example.apphunt.VirtualMeetsPlatform$Progress.rowsImported threads=importer,reporter
public final class VirtualMeetsPlatform {

    static final class Progress {
        int rowsImported;
    }

    public static void main(String[] args) throws InterruptedException {
        Progress progress = new Progress();
        Thread importer = Thread.ofVirtual().name("importer").start(() -> {
            for (int i = 0; i < 200; i++) {
                progress.rowsImported++; // weft: race
                if (i % 50 == 0) {
                    Thread.yield();
                }
            }
        });
        Thread reporter = Thread.ofPlatform().name("reporter").start(() -> {
            int shown = 0;
            for (int i = 0; i < 100; i++) {
                shown = Math.max(shown, progress.rowsImported); // weft: race
            }
            System.out.println("shown " + (shown >= 0));
        });
        importer.join();
        reporter.join();
        System.out.println("imported " + progress.rowsImported);
    }
}
