package example.apphunt;

import example.racehunt.Meeting;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * {@link IndexShardsFixed} whose shards also count the documents of all shards in a plain field: the tasks of
 * the common pool are not ordered with each other, only before the quiescent pool ({@code main} runs some of them
 * itself while it waits in {@code awaitQuiescence}). Each of the first two threads to run a shard waits for the other
 * ({@link Meeting}), so that two of them take part in any order the threads run.
 */
// weft: expect race example.apphunt.IndexShards.totalDocuments threads=ForkJoinPool.commonPool-worker-*,main
public final class IndexShards {

    static int totalDocuments;

    public static void main(String[] args) {
        System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "3");
        if (ForkJoinPool.getCommonPoolParallelism() != 3) {
            throw new IllegalStateException("the common pool was made before main");
        }
        Meeting twoThreads = new Meeting(2);
        for (int i = 0; i < 16; i++) {
            int n = i;
            CompletableFuture.runAsync(() -> {
                twoThreads.attend();
                for (int d = 0; d < 1_000; d++) {
                    totalDocuments += n; // weft: race
                }
            });
        }
        if (!ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("indexing did not end");
        }
        System.out.println(totalDocuments + " documents");
    }
}
