package example.racehunt;

/** Main joins the loader with a timeout that expires while the loader still works, then reads its result. */
// weft: expect race example.racehunt.TimedJoinTooShort.rows threads=loader,main
public final class TimedJoinTooShort {

    private static int rows;

    public static void main(String[] args) throws InterruptedException {
        Thread loader = new Thread(() -> {
            sleep(300);
            rows = 42; // weft: race
        }, "loader");
        loader.start();
        loader.join(10);
        System.out.println("rows so far " + rows); // weft: race
        loader.join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
