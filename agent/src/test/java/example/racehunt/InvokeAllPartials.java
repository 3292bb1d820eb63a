package example.racehunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Each invokeAll task fills its own partial-result object; main reads them all once invokeAll returns. */
// weft: expect none
public final class InvokeAllPartials {

    static final class Partial {
        long sum;
        int count;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Partial> partials = new ArrayList<>();
        List<Callable<Partial>> tasks = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Partial partial = new Partial();
            partials.add(partial);
            int from = t * 100;
            tasks.add(() -> {
                for (int i = from; i < from + 100; i++) {
                    partial.sum += i;
                    partial.count++;
                }
                return partial;
            });
        }
        List<Future<Partial>> futures = pool.invokeAll(tasks);
        long total = 0;
        for (Partial partial : partials) {
            total += partial.sum;
        }
        System.out.println("total " + total + " from " + futures.get(0).get().count);
        pool.shutdown();
    }
}
