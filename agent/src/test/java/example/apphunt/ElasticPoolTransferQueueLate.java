package example.apphunt;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Racy twin of {@code ElasticPoolTransferQueue}: the server stamps each request's arrival time after handing it to the
 * pool, so the request's task, wherever it was put (transferred, run by a new thread, or put back by the rejection
 * handler), reads the stamp unordered with that write.
 */
// weft: expect race example.apphunt.ElasticPoolTransferQueueLate$Request.arrivedAt threads=main,http-*
public final class ElasticPoolTransferQueueLate {

    static final class TaskQueue extends LinkedTransferQueue<Runnable> {
        @Override
        public boolean offer(Runnable task) {
            return tryTransfer(task);
        }

        void force(Runnable task) {
            super.offer(task);
        }
    }

    static final class Request {
        long arrivedAt;
        long waited;
    }

    public static void main(String[] args) throws Exception {
        ThreadPoolExecutor server = new ThreadPoolExecutor(1, 3, 1, TimeUnit.SECONDS, new TaskQueue(), new NamedThreads("http"),
                (request, pool) -> {
                    if (pool.isShutdown()) {
                        throw new RejectedExecutionException("shut down");
                    }
                    ((TaskQueue) pool.getQueue()).force(request);
                });
        Request[] requests = new Request[20];
        for (int i = 0; i < requests.length; i++) {
            Request request = new Request();
            requests[i] = request;
            server.execute(() -> request.waited = 1_000 - request.arrivedAt); // weft: race
            request.arrivedAt = i; // weft: race
        }
        server.shutdown();
        server.awaitTermination(10, TimeUnit.SECONDS);
        long waited = 0;
        for (Request request : requests) {
            waited += request.waited;
        }
        System.out.println("waited " + waited);
    }
}
