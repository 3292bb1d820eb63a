package example.apphunt;

import java.net.InetSocketAddress;
import java.nio.channels.AsynchronousChannelGroup;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * An elastic pool of region workers, made with the ten-argument {@code ForkJoinPool} constructor: its factory
 * makes a worker class that carries its region (read by every job: the JDK starts the worker after the factory
 * returned it) and a count of the jobs it ran, summed once the pool has terminated. The pool's regions are then
 * announced on an asynchronous channel group whose factory tags its threads, which the accept handler reads.
 */
// weft: expect none
public final class ElasticRegionPoolFixed {
    static final class RegionWorker extends ForkJoinWorkerThread {
        String region;
        int jobs;
        RegionWorker(ForkJoinPool pool) { super(pool); }
    }
    static final class TaggedThread extends Thread {
        String tag;
        TaggedThread(Runnable task) { super(task); }
    }
    static final List<RegionWorker> workers = new CopyOnWriteArrayList<>();

    public static void main(String[] args) throws Exception {
        ForkJoinPool.ForkJoinWorkerThreadFactory factory = pool -> {
            RegionWorker worker = new RegionWorker(pool);
            worker.setName("region-" + workers.size());
            worker.region = workers.size() % 2 == 0 ? "north" : "south";
            workers.add(worker);
            return worker;
        };
        ForkJoinPool pool = new ForkJoinPool(2, factory, null, false, 0, 4, 1, p -> true, 30, TimeUnit.SECONDS);
        long checksum = 0;
        for (int i = 0; i < 40; i++) {
            int size = 5_000 + i;
            checksum += pool.submit(() -> {
                RegionWorker w = (RegionWorker) Thread.currentThread();
                w.jobs++;
                long sum = 0;
                for (int k = 0; k < size; k++) sum += k;
                return sum + w.region.length();
            }).get();
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pool did not terminate");
        }
        int jobs = 0;
        for (RegionWorker w : workers) {
            jobs += w.jobs;
        }
        ThreadFactory tagging = task -> {
            TaggedThread thread = new TaggedThread(task);
            thread.tag = "announcer-" + thread.getName();
            thread.setDaemon(true);
            return thread;
        };
        AsynchronousChannelGroup group = AsynchronousChannelGroup.withFixedThreadPool(2, tagging);
        try (AsynchronousServerSocketChannel server = AsynchronousServerSocketChannel.open(group).bind(new InetSocketAddress("127.0.0.1", 0));
             AsynchronousSocketChannel client = AsynchronousSocketChannel.open(group)) {
            CompletableFuture<String> announced = new CompletableFuture<>();
            server.accept(null, new CompletionHandler<AsynchronousSocketChannel, Void>() {
                public void completed(AsynchronousSocketChannel channel, Void nothing) {
                    announced.complete(((TaggedThread) Thread.currentThread()).tag + " announced " + workers.size() + " regions");
                }
                public void failed(Throwable failure, Void nothing) { announced.completeExceptionally(failure); }
            });
            client.connect(server.getLocalAddress()).get();
            System.out.println(announced.get(1, TimeUnit.MINUTES).startsWith("announcer-") + " " + jobs + " jobs, checksum " + checksum);
        } finally {
            group.shutdownNow();
        }
    }
}
