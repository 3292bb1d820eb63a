package example.explorehunt;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A signal before the await: the client checks the connection's flag outside the lock and then awaits the
 * condition; when the connector sets the flag and signals between the check and the await, the signal is
 * lost and the client awaits forever.
 */
// weft: expect deadlock
public final class ConnectionReadySignal {

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final Condition CONNECTED = LOCK.newCondition();
    private static volatile boolean connected;

    static void awaitConnection() throws InterruptedException {
        if (!connected) {
            LOCK.lock();
            try {
                CONNECTED.await();
            } finally {
                LOCK.unlock();
            }
        }
    }

    static void connect() {
        connected = true;
        LOCK.lock();
        try {
            CONNECTED.signalAll();
        } finally {
            LOCK.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread client = new Thread(() -> {
            try {
                awaitConnection();
                System.out.println("sending");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "client");
        Thread connector = new Thread(ConnectionReadySignal::connect, "connector");
        client.start();
        connector.start();
        client.join();
        connector.join();
    }
}
