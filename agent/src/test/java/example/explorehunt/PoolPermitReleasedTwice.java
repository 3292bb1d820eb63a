package example.explorehunt;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One connection shared by three clients, a {@code Semaphore} of one permit guarding it. A send that fails gives the
 * permit back and retries, which takes it again, and the {@code finally} of the failed try gives it back a second
 * time: from then on two clients may hold a permit at once, and when two do, the connection sees two requests at once
 * and fails.
 */
// weft: expect failure
public final class PoolPermitReleasedTwice {

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
            connection.send(request);
        } catch (java.io.IOException e) {
            permit.release(); // the bug: the finally below releases this permit again
            call(request);
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
