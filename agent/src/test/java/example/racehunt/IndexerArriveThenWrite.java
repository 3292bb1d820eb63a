package example.racehunt;

import java.util.concurrent.Phaser;

/**
 * An indexer arrives at the phaser the coordinator waits on, then writes how many documents it indexed: the
 * coordinator's {@code arriveAndAwaitAdvance} acquires what the indexer did before it arrived, not the count after.
 */
// weft: expect race example.racehunt.IndexerArriveThenWrite.indexed threads=indexer,main
public final class IndexerArriveThenWrite {

    private static int indexed;

    public static void main(String[] args) throws InterruptedException {
        Phaser phase = new Phaser(2);
        Thread indexer = new Thread(() -> {
            int documents = 0;
            for (int i = 0; i < 1_000; i++) {
                documents += i % 7 == 0 ? 1 : 0;
            }
            phase.arrive();
            indexed = documents; // weft: race
        }, "indexer");
        indexer.start();
        phase.arriveAndAwaitAdvance();
        int seen = indexed; // weft: race
        indexer.join();
        System.out.println("indexed: " + seen);
    }
}
