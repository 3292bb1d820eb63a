package example.apphunt;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * An archive restore on a fork/join pool: each leaf task waits for its block from a fetcher thread through
 * {@code ForkJoinPool.managedBlock} with a {@code ManagedBlocker} over a queue (the Javadoc's {@code QueueTaker}),
 * so the pool may add a spare worker; {@code main} also calls {@code managedBlock} itself, outside any pool, for the
 * manifest. The blocks are mutable arrays the fetcher filled before it put them.
 */
// weft: expect none
public final class ArchiveFetchManagedBlocker {

    static final class QueueTaker implements ForkJoinPool.ManagedBlocker {
        private final BlockingQueue<int[]> queue;
        int[] item;

        QueueTaker(BlockingQueue<int[]> queue) {
            this.queue = queue;
        }

        @Override
        public boolean block() throws InterruptedException {
            if (item == null) {
                item = queue.take();
            }
            return true;
        }

        @Override
        public boolean isReleasable() {
            return item != null || (item = queue.poll()) != null;
        }
    }

    static int[] take(BlockingQueue<int[]> queue) throws InterruptedException {
        QueueTaker taker = new QueueTaker(queue);
        ForkJoinPool.managedBlock(taker);
        return taker.item;
    }

    static final class Restore extends RecursiveAction {
        private final BlockingQueue<int[]>[] blocks;
        private final long[] sums;
        private final int from;
        private final int to;

        Restore(BlockingQueue<int[]>[] blocks, long[] sums, int from, int to) {
            this.blocks = blocks;
            this.sums = sums;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from > 1) {
                int mid = (from + to) >>> 1;
                invokeAll(new Restore(blocks, sums, from, mid), new Restore(blocks, sums, mid, to));
                return;
            }
            try {
                int[] block = take(blocks[from]);
                for (int value : block) {
                    sums[from] += value;
                }
                block[0] = -1; // mark restored
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws InterruptedException {
        int count = 8;
        BlockingQueue<int[]>[] blocks = new BlockingQueue[count];
        for (int b = 0; b < count; b++) {
            blocks[b] = new ArrayBlockingQueue<>(1);
        }
        BlockingQueue<int[]> manifest = new ArrayBlockingQueue<>(1);
        Thread fetcher = new Thread(() -> {
            try {
                manifest.put(new int[] {count});
                for (int b = count - 1; b >= 0; b--) {
                    int[] block = new int[64];
                    for (int i = 0; i < block.length; i++) {
                        block[i] = b * 64 + i;
                    }
                    blocks[b].put(block);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fetcher");
        fetcher.start();
        int[] header = take(manifest);
        long[] sums = new long[header[0]];
        ForkJoinPool pool = new ForkJoinPool(2);
        pool.invoke(new Restore(blocks, sums, 0, header[0]));
        pool.shutdown();
        fetcher.join();
        long total = 0;
        for (long sum : sums) {
            total += sum;
        }
        System.out.println(total);
    }
}
