package example.apphunt;

/**
 * A backup tool gives its copier thread a window: it waits with {@code join(millis)} in a loop and, once
 * {@code isAlive()} is false, reads the copier's result; the loop also logs progress between joins.
 */
// weft: expect none
public final class BackupWindow {

    static final class Copy {
        int files;
        long bytes;
        String checksum;
    }

    public static void main(String[] args) throws Exception {
        Copy copy = new Copy();
        Thread copier = new Thread(() -> {
            for (int i = 0; i < 20; i++) {
                copy.files++;
                copy.bytes += 1024L * i;
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
            copy.checksum = Long.toHexString(copy.bytes);
        }, "copier");
        copier.start();
        int waits = 0;
        while (copier.isAlive()) {
            copier.join(10);
            waits++;
        }
        System.out.println(copy.files + " files, " + copy.bytes + " bytes, " + copy.checksum + (waits > 0 ? "" : "?"));
    }
}
