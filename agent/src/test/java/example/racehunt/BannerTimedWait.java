package example.racehunt;

/**
 * A status page waits 20 ms on a monitor of its own ({@code wait(20)}, as a pause) before it shows the maintenance
 * banner an admin thread sets: the wait orders nothing with the admin, who never touches that monitor.
 */
// weft: expect race example.racehunt.BannerTimedWait.banner threads=admin,status
public final class BannerTimedWait {

    private static final Object PAUSE = new Object();
    private static String banner;

    public static void main(String[] args) throws InterruptedException {
        String[] shown = new String[1];
        Threads.runAll(new String[] {"admin", "status"}, () -> banner = "maintenance at 02:00", () -> { // weft: race
            synchronized (PAUSE) {
                try {
                    PAUSE.wait(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            shown[0] = banner; // weft: race
        });
        System.out.println("shown: " + shown[0]);
    }
}
