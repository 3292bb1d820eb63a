package example.collections;

import java.nio.ByteBuffer;

/**
 * The twin of {@link FrameParserSharedBuffer}: each parser reads its half of the readings through its own
 * {@code duplicate()} of the shared buffer, whose position is its own; the shared buffer is only read.
 */
// weft: expect none
public final class FrameParserDuplicatedBuffer {

    static final ByteBuffer readings = ByteBuffer.allocate(4 * 4_000);

    static long sum(int from, int to) {
        ByteBuffer half = readings.duplicate();
        half.position(4 * from).limit(4 * to);
        long sum = 0;
        while (half.remaining() >= 4) {
            sum += half.getInt();
        }
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 4_000; i++) {
            readings.putInt(i % 97);
        }
        readings.flip();
        long[] sums = new long[2];
        Threads.runAll(new String[] {"parser-1", "parser-2"}, () -> sums[0] = sum(0, 2_000), () -> sums[1] = sum(2_000, 4_000));
        System.out.println("sum " + (sums[0] + sums[1]));
    }
}
