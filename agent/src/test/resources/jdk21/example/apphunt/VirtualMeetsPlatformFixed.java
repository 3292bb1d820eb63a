package example.apphunt;

/** The fixed twin of {@code VirtualMeetsPlatform}: the virtual importer and the platform reporter share the progress object's lock. */
// weft: expect none
public final class VirtualMeetsPlatformFixed {

    static final class Progress {
        private int rowsImported;

        synchronized void imported() {
            rowsImported++;
        }

        synchronized int rowsImported() {
            return rowsImported;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Progress progress = new Progress();
        Thread importer = Thread.ofVirtual().name("importer").start(() -> {
            for (int i = 0; i < 200; i++) {
                progress.imported();
                if (i % 50 == 0) {
                    Thread.yield();
                }
            }
        });
        Thread reporter = Thread.ofPlatform().name("reporter").start(() -> {
            int shown = 0;
            for (int i = 0; i < 100; i++) {
                shown = Math.max(shown, progress.rowsImported());
            }
            System.out.println("shown " + (shown >= 0));
        });
        importer.join();
        reporter.join();
        System.out.println("imported " + progress.rowsImported());
    }
}
