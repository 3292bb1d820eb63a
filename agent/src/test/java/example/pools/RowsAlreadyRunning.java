package example.pools;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Twin of {@code ReportPoolOfTwo}: the report waits for a rows task that already runs on the pool's other thread (it
 * waits until the rows have started), while a third task waits in the queue behind both. The rows wait for main's go,
 * which comes after a pause: the pool is full, its threads wait, but main goes on and lets them finish.
 */
// weft: expect none
public final class RowsAlreadyRunning {

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch rowsStarted = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        Future<String> report = pool.submit(() -> {
            Future<Integer> rows = pool.submit(() -> {
                rowsStarted.countDown();
                go.await();
                return 42;
            });
            rowsStarted.await(); // the rows task runs on the other thread: it is not queued behind this one
            return "rows: " + rows.get();
        });
        rowsStarted.await();
        Future<String> footer = pool.submit(() -> "footer"); // queued: both threads are busy
        Thread.sleep(500);
        go.countDown();
        System.out.println(report.get() + ", " + footer.get());
        pool.shutdown();
    }
}
