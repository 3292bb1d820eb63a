package example.apphunt;

import java.util.concurrent.SynchronousQueue;

/**
 * A document relay of virtual threads made with {@code Thread.ofVirtual().unstarted} and started later: a parser, an
 * enricher and an indexer hand each mutable document on through {@code SynchronousQueue}s (both ends in virtual
 * threads, which park on the queue); the indexer keeps its own totals, which {@code main} reads after joining it.
 */
// weft: expect none
public final class VirtualSynchronousRelay {

    static final class Document {
        final int id;
        String[] tokens;
        String language;
        boolean end;

        Document(int id) {
            this.id = id;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SynchronousQueue<Document> parsed = new SynchronousQueue<>();
        SynchronousQueue<Document> enriched = new SynchronousQueue<>();
        int[] totals = new int[2];
        Thread parser = Thread.ofVirtual().name("parser").unstarted(() -> {
            try {
                for (int id = 0; id < 100; id++) {
                    Document document = new Document(id);
                    document.tokens = ("order " + id + " shipped to customer " + id % 9).split(" ");
                    parsed.put(document);
                }
                Document end = new Document(-1);
                end.end = true;
                parsed.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread enricher = Thread.ofVirtual().name("enricher").unstarted(() -> {
            try {
                for (Document document = parsed.take(); ; document = parsed.take()) {
                    if (!document.end) {
                        document.language = document.tokens.length > 5 ? "en" : "de";
                    }
                    enriched.put(document);
                    if (document.end) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread indexer = Thread.ofVirtual().name("indexer").unstarted(() -> {
            try {
                for (Document document = enriched.take(); !document.end; document = enriched.take()) {
                    totals[0] += document.tokens.length;
                    totals[1] += document.language.equals("en") ? 1 : 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        indexer.start();
        enricher.start();
        parser.start();
        indexer.join();
        System.out.println(totals[0] + " tokens, " + totals[1] + " english");
    }
}
