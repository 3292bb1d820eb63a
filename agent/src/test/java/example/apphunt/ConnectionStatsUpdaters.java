package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * A connection pool keeps per-connection statistics in {@code volatile} fields changed through
 * {@code AtomicIntegerFieldUpdater} and {@code AtomicReferenceFieldUpdater}: handlers count requests with
 * {@code incrementAndGet} and publish a new immutable last-error record with {@code compareAndSet}, which a
 * monitor reads directly.
 */
// weft: expect none
public final class ConnectionStatsUpdaters {

    record LastError(String message, int request) { }

    static final class Connection {
        static final AtomicIntegerFieldUpdater<Connection> REQUESTS =
                AtomicIntegerFieldUpdater.newUpdater(Connection.class, "requests");
        static final AtomicReferenceFieldUpdater<Connection, LastError> LAST_ERROR =
                AtomicReferenceFieldUpdater.newUpdater(Connection.class, LastError.class, "lastError");
        final String host;
        volatile int requests;
        volatile LastError lastError;

        Connection(String host) {
            this.host = host;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Connection connection = new Connection("db-1");
        List<Thread> handlers = new ArrayList<>();
        for (int h = 0; h < 3; h++) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    int request = Connection.REQUESTS.incrementAndGet(connection);
                    if (request % 97 == 0) {
                        LastError previous = connection.lastError;
                        Connection.LAST_ERROR.compareAndSet(connection, previous, new LastError("timeout on " + connection.host, request));
                    }
                }
            }, "handler-" + h);
            handlers.add(t);
            t.start();
        }
        int seen = 0;
        while (seen < 3) {
            LastError error = connection.lastError;
            if (error != null && error.message().startsWith("timeout")) {
                seen++;
            }
            Thread.onSpinWait();
            if (handlers.stream().noneMatch(Thread::isAlive)) {
                break;
            }
        }
        for (Thread t : handlers) {
            t.join();
        }
        System.out.println(connection.requests + " requests, last error at " + connection.lastError.request());
    }
}
