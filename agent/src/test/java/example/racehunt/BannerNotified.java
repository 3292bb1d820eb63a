package example.racehunt;

/** The fixed {@link BannerTimedWait}: the admin sets the banner holding the monitor and notifies; the page waits for it. */
// weft: expect none
public final class BannerNotified {

    private static final Object POSTED = new Object();
    private static String banner;

    public static void main(String[] args) throws InterruptedException {
        String[] shown = new String[1];
        Threads.runAll(new String[] {"admin", "status"}, () -> {
            synchronized (POSTED) {
                banner = "maintenance at 02:00";
                POSTED.notifyAll();
            }
        }, () -> {
            synchronized (POSTED) {
                while (banner == null) {
                    try {
                        POSTED.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                shown[0] = banner;
            }
        });
        System.out.println("shown: " + shown[0]);
    }
}
