package example.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Collections filled by one thread and then handed to another, which reads or changes them: through a
 * BlockingQueue, a volatile field, a join, an executor's submit and its future, and a CompletableFuture.
 */
// weft: expect none
public final class BuiltThenHandedOff {

    private static volatile Map<String, Integer> published;
    private static List<Integer> joined;

    public static void main(String[] args) throws Exception {
        BlockingQueue<List<Integer>> queue = new ArrayBlockingQueue<>(1);
        Thread producer = new Thread(() -> {
            List<Integer> batch = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                batch.add(i);
            }
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "producer");
        producer.start();
        List<Integer> batch = queue.take();
        batch.add(-1);
        System.out.println("batch " + batch.size());

        Thread publisher = new Thread(() -> {
            Map<String, Integer> config = new HashMap<>();
            config.put("threads", 4);
            config.put("retries", 3);
            published = config;
        }, "publisher");
        publisher.start();
        Map<String, Integer> config;
        while ((config = published) == null) {
            Thread.onSpinWait();
        }
        System.out.println("threads " + config.get("threads"));

        Thread filler = new Thread(() -> {
            joined = new ArrayList<>();
            joined.add(1);
        }, "filler");
        filler.start();
        filler.join();
        joined.add(2);

        ExecutorService pool = Executors.newSingleThreadExecutor();
        List<String> names = new ArrayList<>();
        names.add("x");
        Future<Integer> size = pool.submit(() -> {
            names.add("y");
            return names.size();
        });
        System.out.println("names " + size.get() + " " + names.get(1));
        pool.shutdown();

        List<Integer> made = CompletableFuture.supplyAsync(() -> {
            List<Integer> list = new ArrayList<>();
            list.add(7);
            return list;
        }).thenApply(list -> {
            list.add(8);
            return list;
        }).join();
        made.add(9);
        System.out.println("made " + made);
    }
}
