package example.apphunt;

import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * {@link BlockChecksums} fixed: each task counts the blocks it hashed in a field of its own, which a node adds
 * up from its halves after it joined them; the caller reads the root's count after {@code invoke}.
 */
// weft: expect none
public final class BlockChecksumsFixed {
    static final int BLOCK = 512;

    /** The sum of the image's bytes from {@code from} to {@code to}, in whole blocks. */
    static final class Checksum extends ForkJoinTask<Long> {
        final byte[] image;
        final int from;
        final int to;
        long sum;
        int blocksHashed;

        Checksum(byte[] image, int from, int to) {
            this.image = image;
            this.from = from;
            this.to = to;
        }

        @Override
        public Long getRawResult() {
            return sum;
        }

        @Override
        protected void setRawResult(Long value) {
            sum = value;
        }

        @Override
        protected boolean exec() {
            if (to - from <= 4 * BLOCK) {
                for (int i = from; i < to; i++) {
                    sum += image[i] & 0xff;
                }
                blocksHashed = (to - from) / BLOCK;
                return true;
            }
            int mid = from + (to - from) / BLOCK / 2 * BLOCK;
            Checksum left = new Checksum(image, from, mid);
            Checksum right = new Checksum(image, mid, to);
            right.fork();
            sum = left.invoke() + right.join();
            blocksHashed = left.blocksHashed + right.blocksHashed;
            return true;
        }
    }

    /** The number of all-zero blocks from {@code from} to {@code to}, summed up the tree as the nodes complete. */
    static final class EmptyBlocks extends CountedCompleter<Integer> {
        final byte[] image;
        final int from;
        final int to;
        int empty;
        EmptyBlocks left;
        EmptyBlocks right;

        EmptyBlocks(EmptyBlocks parent, byte[] image, int from, int to) {
            super(parent);
            this.image = image;
            this.from = from;
            this.to = to;
        }

        @Override
        public void compute() {
            if (to - from > 4 * BLOCK) {
                int mid = from + (to - from) / BLOCK / 2 * BLOCK;
                left = new EmptyBlocks(this, image, from, mid);
                right = new EmptyBlocks(this, image, mid, to);
                setPendingCount(1);
                right.fork();
                left.compute();
                return;
            }
            for (int block = from; block < to; block += BLOCK) {
                boolean zero = true;
                for (int i = block; i < block + BLOCK && zero; i++) {
                    zero = image[i] == 0;
                }
                empty += zero ? 1 : 0;
            }
            tryComplete();
        }

        @Override
        public void onCompletion(CountedCompleter<?> caller) {
            if (left != null) {
                empty = left.empty + right.empty;
            }
        }

        @Override
        public Integer getRawResult() {
            return empty;
        }
    }

    public static void main(String[] args) {
        byte[] image = new byte[256 * BLOCK];
        for (int i = 0; i < image.length; i++) {
            image[i] = (i / BLOCK) % 5 == 0 ? 0 : (byte) (i * 31);
        }
        ForkJoinPool pool = new ForkJoinPool(3);
        Checksum checksum = new Checksum(image, 0, image.length);
        long sum = pool.invoke(checksum);
        int empty = pool.invoke(new EmptyBlocks(null, image, 0, image.length));
        pool.shutdown();
        System.out.println("checksum " + sum + " of " + checksum.blocksHashed + " blocks, " + empty + " empty");
    }
}
