package example.apphunt;

import example.racehunt.Meeting;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Checksums of a disk image's blocks on a fork/join pool: a direct {@code ForkJoinTask} subclass splits the
 * image in its {@code exec()}, forks one half and joins it, and gives its sum through {@code getRawResult()},
 * which {@code invoke} calls in the caller's thread; a {@code CountedCompleter} counts the empty blocks, each
 * node adding its children's counts in {@code onCompletion}. The leaves count the blocks they hashed in a
 * plain static field: leaves run in several workers at once. The first leaf of each of two workers waits for the
 * other ({@link Meeting}), so that two of them take part in any order the threads run.
 */
// weft: expect race example.apphunt.BlockChecksums.blocksHashed threads=ForkJoinPool-*-worker-*
public final class BlockChecksums {
    static final int BLOCK = 512;
    static int blocksHashed;
    static final Meeting TWO_WORKERS = new Meeting(2);

    /** The sum of the image's bytes from {@code from} to {@code to}, in whole blocks. */
    static final class Checksum extends ForkJoinTask<Long> {
        final byte[] image;
        final int from;
        final int to;
        long sum;

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
                TWO_WORKERS.attend();
                for (int i = from; i < to; i++) {
                    sum += image[i] & 0xff;
                }
                blocksHashed += (to - from) / BLOCK; // weft: race
                return true;
            }
            int mid = from + (to - from) / BLOCK / 2 * BLOCK;
            Checksum left = new Checksum(image, from, mid);
            Checksum right = new Checksum(image, mid, to);
            right.fork();
            sum = left.invoke() + right.join();
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
        long sum = pool.invoke(new Checksum(image, 0, image.length));
        int empty = pool.invoke(new EmptyBlocks(null, image, 0, image.length));
        pool.shutdown();
        System.out.println("checksum " + sum + ", " + empty + " empty blocks");
    }
}
