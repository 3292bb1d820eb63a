package example.racehunt;

import java.util.concurrent.Phaser;

/** The fixed {@link IndexerArriveThenWrite}: the indexer writes its count, then arrives. */
// weft: expect none
public final class IndexerWriteThenArrive {

    private static int indexed;

    public static void main(String[] args) throws InterruptedException {
        Phaser phase = new Phaser(2);
        Thread indexer = new Thread(() -> {
            int documents = 0;
            for (int i = 0; i < 1_000; i++) {
                documents += i % 7 == 0 ? 1 : 0;
            }
            indexed = documents;
            phase.arrive();
        }, "indexer");
        indexer.start();
        phase.arriveAndAwaitAdvance();
        int seen = indexed;
        indexer.join();
        System.out.println("indexed: " + seen);
    }
}
