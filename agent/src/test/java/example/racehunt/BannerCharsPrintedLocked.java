package example.racehunt;

import java.io.PrintWriter;

/** Twin of {@code BannerCharsPrinted}: the admin edits and the status page prints the banner under its lock. Correct: no finding. */
// weft: expect none
public final class BannerCharsPrintedLocked {

    public static void main(String[] args) throws InterruptedException {
        char[] banner = {'o', 'p', 'e', 'n'};
        PrintWriter out = new PrintWriter(System.out, true);
        Threads.runAll(new String[] {"admin", "status"},
                () -> {
                    synchronized (banner) {
                        banner[0] = 'O';
                    }
                },
                () -> {
                    synchronized (banner) {
                        System.out.print(banner);
                        out.println(banner);
                    }
                });
    }
}
