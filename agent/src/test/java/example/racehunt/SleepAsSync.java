package example.racehunt;

/** Main sleeps, trusting the worker to be done by then, and reads its result: sleeping orders nothing. */
// weft: expect race example.racehunt.SleepAsSync.result threads=main,worker
public final class SleepAsSync {

    private static String result;

    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> result = "computed", "worker"); // weft: race
        worker.start();
        Thread.sleep(200);
        System.out.println("result " + result); // weft: race
        worker.join();
    }
}
