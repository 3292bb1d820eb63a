package example.collections;

import java.util.Date;

/**
 * Twin of {@code SharedDateMutated}: the sync job sets the time on a new {@code Date} and publishes it through a
 * {@code volatile} field; two listings read the published date at once. Correct: no finding.
 */
// weft: expect none
public final class SharedDateCopied {

    static final class Document {
        volatile Date modified = new Date(0);
    }

    public static void main(String[] args) throws InterruptedException {
        Document doc = new Document();
        Runnable listing = () -> System.out.println("modified " + doc.modified.getTime());
        Threads.runAll(new String[] {"sync", "listing-1", "listing-2"},
                () -> {
                    Date next = new Date();
                    next.setTime(1_700_000_000_000L);
                    doc.modified = next;
                },
                listing, listing);
    }
}
