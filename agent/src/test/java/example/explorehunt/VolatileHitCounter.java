package example.explorehunt;

/**
 * Three request threads count page hits with {@code hits++} on a volatile field: volatile makes each read and write
 * visible, not the increment atomic, so two threads that read the same count lose a hit (no data race, a lost update).
 */
// weft: expect failure
public final class VolatileHitCounter {

    static volatile int hits;

    public static void main(String[] args) throws InterruptedException {
        Thread[] requests = new Thread[3];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new Thread(() -> {
                for (int hit = 0; hit < 2; hit++) {
                    hits++; // the bug: a read and a write, not one step
                }
            }, "request-" + i);
            requests[i].start();
        }
        for (Thread request : requests) {
            request.join();
        }
        if (hits != 6) {
            throw new IllegalStateException(hits + " hits counted of 6");
        }
    }
}
