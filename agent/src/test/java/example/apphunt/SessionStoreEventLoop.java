package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A session store owned by a single event-loop thread: request threads post commands ({@code Runnable}s) to a
 * {@code ConcurrentLinkedQueue} and {@code unpark} the loop; only the loop touches the plain {@code HashMap} and the
 * mutable sessions, and it answers through {@code CompletableFuture}s the requesters {@code join}. A shutdown command
 * ends the loop.
 */
// weft: expect none
public final class SessionStoreEventLoop {

    static final class Session {
        final String id;
        int hits;
        String lastPath;

        Session(String id) {
            this.id = id;
        }
    }

    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Thread loop = new Thread(this::run, "event-loop");
    private volatile boolean running = true;

    private void run() {
        while (running) {
            Runnable command = commands.poll();
            if (command == null) {
                LockSupport.parkNanos(100_000);
            } else {
                command.run();
            }
        }
    }

    <T> CompletableFuture<T> post(java.util.function.Supplier<T> command) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        commands.add(() -> answer.complete(command.get()));
        LockSupport.unpark(loop);
        return answer;
    }

    public static void main(String[] args) throws InterruptedException {
        SessionStoreEventLoop store = new SessionStoreEventLoop();
        store.loop.start();
        Thread[] requests = new Thread[3];
        int[] hits = new int[requests.length];
        for (int r = 0; r < requests.length; r++) {
            int me = r;
            requests[r] = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    String id = "sid-" + (i + me) % 8;
                    String path = "/cart/" + i;
                    Session session = store.post(() -> {
                        Session s = store.sessions.computeIfAbsent(id, Session::new);
                        s.hits++;
                        s.lastPath = path;
                        return s;
                    }).join();
                    hits[me] += store.post(() -> session.hits + session.lastPath.length()).join();
                }
            }, "request-" + r);
            requests[r].start();
        }
        for (Thread request : requests) {
            request.join();
        }
        int total = store.post(() -> store.sessions.values().stream().mapToInt(s -> s.hits).sum()).join();
        store.post(() -> store.running = false);
        store.loop.join();
        System.out.println(total + " hits, " + (hits[0] + hits[1] + hits[2]));
    }
}
