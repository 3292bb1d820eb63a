package example.apphunt;

import java.util.concurrent.locks.LockSupport;

/**
 * A search engine's indexer thread parks until work is ready: the crawler fills a plain batch field, sets a
 * {@code volatile} flag and {@code unpark}s the indexer, which parks in a loop until it sees the flag; the indexer's
 * result goes back the same way.
 */
// weft: expect none
public final class ParkedIndexerFixed {

    static final class Batch {
        String[] pages;
        int indexedTerms;
    }

    static Batch batch;
    static volatile boolean ready;
    static volatile boolean indexed;

    public static void main(String[] args) throws Exception {
        Thread crawler = Thread.currentThread();
        Thread indexer = new Thread(() -> {
            while (!ready) {
                LockSupport.park();
            }
            int terms = 0;
            for (String page : batch.pages) {
                terms += page.split(" ").length;
            }
            batch.indexedTerms = terms;
            indexed = true;
            LockSupport.unpark(crawler);
        }, "indexer");
        indexer.start();
        Batch pages = new Batch();
        pages.pages = new String[] {"weft finds races", "and deadlocks too"};
        batch = pages;
        ready = true;
        LockSupport.unpark(indexer);
        while (!indexed) {
            LockSupport.park();
        }
        System.out.println(batch.indexedTerms + " terms");
        indexer.join();
    }
}
