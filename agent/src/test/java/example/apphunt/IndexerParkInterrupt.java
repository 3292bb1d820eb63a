package example.apphunt;

import java.util.concurrent.locks.LockSupport;

/**
 * An indexer thread parks while it has nothing to do; the coordinator hands it the next batch in a plain field and
 * wakes it with {@code interrupt()} (not {@code unpark}). The indexer sees the wake-up with
 * {@code Thread.interrupted()} returning true and only then reads the batch; it answers in a plain field and wakes
 * the coordinator the same way. {@code park} may return spuriously: both loop until interrupted.
 */
// weft: expect none
public final class IndexerParkInterrupt {

    static final class Batch {
        final String[] docs;
        int terms;

        Batch(String[] docs) {
            this.docs = docs;
        }
    }

    static Batch handedIn;
    static Batch handedBack;

    static void parkUntilInterrupted() {
        while (!Thread.interrupted()) {
            LockSupport.park();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread coordinator = Thread.currentThread();
        int batches = 30;
        Thread indexer = new Thread(() -> {
            for (int b = 0; b < batches; b++) {
                parkUntilInterrupted();
                Batch batch = handedIn;
                for (String doc : batch.docs) {
                    batch.terms += doc.split(" ").length;
                }
                handedBack = batch;
                coordinator.interrupt();
            }
        }, "indexer");
        indexer.start();
        int terms = 0;
        for (int b = 0; b < batches; b++) {
            handedIn = new Batch(new String[] {"order " + b + " shipped", "invoice " + b, "refund pending for " + b});
            indexer.interrupt();
            parkUntilInterrupted();
            terms += handedBack.terms;
        }
        indexer.join();
        System.out.println(terms + " terms");
    }
}
