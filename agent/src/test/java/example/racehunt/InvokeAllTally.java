package example.racehunt;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Two tasks of one invokeAll both add into the tally's plain field: tasks of one executor are not ordered. */
// weft: expect race example.racehunt.InvokeAllTally.tally threads=pool-1-thread-1,pool-1-thread-2
public final class InvokeAllTally {

    private static int tally;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Void> count = () -> {
            for (int i = 0; i < 500; i++) {
                tally++; // weft: race
            }
            return null;
        };
        java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
        Callable<Void> meet = () -> {
            both.countDown();
            both.await();
            return count.call();
        };
        pool.invokeAll(List.of(meet, meet));
        pool.shutdown();
        System.out.println("tally " + tally);
    }
}
