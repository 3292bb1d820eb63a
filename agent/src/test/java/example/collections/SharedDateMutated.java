package example.collections;

import java.util.Date;

/** A sync job moves a document's shared {@code Date} forward with {@code setTime}; a listing reads it. */
// weft: expect race example.collections.SharedDateMutated$Document.modified threads=sync,listing collection=java.util.Date
public final class SharedDateMutated {

    static final class Document {
        final Date modified = new Date(0);
    }

    public static void main(String[] args) throws InterruptedException {
        Document doc = new Document();
        Threads.runAll(new String[] {"sync", "listing"},
                () -> doc.modified.setTime(1_700_000_000_000L), // weft: race
                () -> System.out.println("modified " + doc.modified.getTime())); // weft: race
    }
}
