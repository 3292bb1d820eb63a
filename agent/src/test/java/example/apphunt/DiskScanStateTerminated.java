package example.apphunt;

/**
 * A disk usage tool scans directories in a background thread and shows a spinner meanwhile: the UI thread polls
 * {@code scanner.getState()} until it is {@code TERMINATED} (sleeping between polls), then reads the scanner's totals,
 * plain fields, without calling {@code join}. A second scan is waited for with {@code join(millis)} in a loop until
 * {@code isAlive()} is false.
 */
// weft: expect none
public final class DiskScanStateTerminated {

    static final class Scan implements Runnable {
        final int directories;
        long bytes;
        int files;
        String largest;

        Scan(int directories) {
            this.directories = directories;
        }

        @Override
        public void run() {
            long largestSize = -1;
            for (int d = 0; d < directories; d++) {
                for (int f = 0; f < 20; f++) {
                    long size = (d * 131L + f * 17L) % 9_000;
                    bytes += size;
                    files++;
                    if (size > largestSize) {
                        largestSize = size;
                        largest = "/data/dir" + d + "/file" + f;
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Scan home = new Scan(300);
        Thread scanner = new Thread(home, "scanner-home");
        scanner.start();
        int spins = 0;
        while (scanner.getState() != Thread.State.TERMINATED) {
            spins++;
            Thread.sleep(1);
        }
        System.out.println("home: " + home.files + " files, " + home.bytes + " bytes, largest " + home.largest);
        Scan var = new Scan(200);
        Thread second = new Thread(var, "scanner-var");
        second.start();
        while (second.isAlive()) {
            second.join(2);
        }
        System.out.println("var: " + var.files + " files, " + var.bytes + " bytes, spinner turned " + (spins >= 0));
    }
}
