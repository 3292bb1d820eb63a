package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A web server's request pool grows to its maximum before it queues, as Tomcat's does: its queue is a
 * {@code LinkedTransferQueue} subclass whose {@code offer} only {@code tryTransfer}s to an idle worker, so that the pool
 * starts a new thread instead; the rejection handler then {@code put}s the request into the queue for good. Each
 * request fills its own response; the server reads the responses after {@code awaitTermination}.
 */
// weft: expect none
public final class ElasticPoolTransferQueue {

    static final class TaskQueue extends LinkedTransferQueue<Runnable> {
        @Override
        public boolean offer(Runnable task) {
            return tryTransfer(task);
        }

        void force(Runnable task) {
            super.offer(task);
        }
    }

    static final class Response {
        final String path;
        int status;
        final StringBuilder body = new StringBuilder();

        Response(String path) {
            this.path = path;
        }
    }

    public static void main(String[] args) throws Exception {
        TaskQueue queue = new TaskQueue();
        ThreadPoolExecutor server = new ThreadPoolExecutor(1, 3, 1, TimeUnit.SECONDS, queue, new NamedThreads("http"),
                (request, pool) -> {
                    if (pool.isShutdown()) {
                        throw new RejectedExecutionException("shut down");
                    }
                    ((TaskQueue) pool.getQueue()).force(request);
                });
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Response response = new Response("/page/" + i);
            responses.add(response);
            server.execute(() -> {
                for (int line = 0; line < 20; line++) {
                    response.body.append(response.path).append(':').append(line).append('\n');
                }
                response.status = response.path.endsWith("7") ? 404 : 200;
            });
        }
        server.shutdown();
        server.awaitTermination(10, TimeUnit.SECONDS);
        long bytes = 0;
        int missing = 0;
        for (Response response : responses) {
            bytes += response.body.length();
            missing += response.status == 404 ? 1 : 0;
        }
        System.out.println(bytes + " bytes, " + missing + " not found, largest pool " + server.getLargestPoolSize());
    }
}
