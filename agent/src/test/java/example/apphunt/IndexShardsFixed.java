package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * Index shards built by fire-and-forget {@code runAsync} tasks in the common pool, waited for with
 * {@code awaitQuiescence}: the pool is quiescent once every task ended. The common pool is given a parallelism
 * of 3 first, so that it runs the tasks on any machine (with a parallelism of 1, as on 2 cores,
 * {@code CompletableFuture} gives each task a thread of its own, which {@code awaitQuiescence} does not wait for).
 */
// weft: expect none
public final class IndexShardsFixed {

    static final class Shard {
        int documents;
        String name;
    }

    public static void main(String[] args) {
        System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "3");
        if (ForkJoinPool.getCommonPoolParallelism() != 3) {
            throw new IllegalStateException("the common pool was made before main");
        }
        Shard[] shards = new Shard[16];
        for (int i = 0; i < shards.length; i++) {
            int n = i;
            CompletableFuture.runAsync(() -> {
                Shard shard = new Shard();
                shard.documents = n * 10;
                shard.name = "shard-" + n;
                shards[n] = shard;
            });
        }
        if (!ForkJoinPool.commonPool().awaitQuiescence(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("indexing did not end");
        }
        int documents = 0;
        for (Shard shard : shards) {
            documents += shard.documents + shard.name.length();
        }
        System.out.println(documents + " documents");
    }
}
