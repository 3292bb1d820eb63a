package example.app;

import java.util.concurrent.Semaphore;

/**
 * Two players hand a ball over through two semaphores of no permit: each gives a permit of the other's semaphore and
 * waits for one of its own, which only the other player gives. Each player takes permits it never gives back, and waits
 * for more while it "holds" them: were a permit a lock, each would wait for itself. Slow returns (200 ms) let weft
 * look at the waits. A correct program: no deadlock, nothing to report.
 */
public final class SemaphorePingPong {
    static final Semaphore ping = new Semaphore(0), pong = new Semaphore(0);

    public static void main(String[] args) throws InterruptedException {
        Thread server = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                ping.release();
                pong.acquireUninterruptibly();
            }
        }, "server");
        Thread receiver = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                ping.acquireUninterruptibly();
                SemaphoreSlowHolder.pause(200);
                pong.release();
            }
        }, "receiver");
        server.start();
        receiver.start();
        server.join();
        receiver.join();
        System.out.println("rallies: 3");
    }
}
