package example.explorehunt;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The twin of {@link PoolPermitReleasedTwice}: a failed send is retried while the client still holds its permit,
 * which the {@code finally} gives back once, so the connection never sees two requests at once.
 */
// weft: expect none
public final class PoolPermitReleasedOnce {

    static final class Connection {
        private final AtomicBoolean busy = new AtomicBoolean();
        private final AtomicInteger failuresLeft = new AtomicInteger(1);

        void send(String request) throws java.io.IOException {
            if (!busy.compareAndSet(false, true)) {
                throw new IllegalStateException("two requests at once on one connection: " + request);
            }
            try {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new java.io.IOException("connection reset");
                }
            } finally {
                busy.set(false);
            }
        }
    }

    static final Semaphore permit = new Semaphore(1);
    static final Connection connection = new Connection();

    static void call(String request) throws InterruptedException {
        permit.acquire();
        try {
            while (true) {
                try {
                    connection.send(request);
                    return;
                } catch (java.io.IOException e) {
                    System.out.println("retrying " + request);
                }
            }
        } finally {
            permit.release();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread[] clients = new Thread[3];
        for (int i = 0; i < clients.length; i++) {
            String name = "client-" + i;
            clients[i] = new Thread(() -> {
                try {
                    call(name + " first");
                    call(name + " second");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            clients[i].start();
        }
        for (Thread client : clients) {
            client.join();
        }
    }
}
