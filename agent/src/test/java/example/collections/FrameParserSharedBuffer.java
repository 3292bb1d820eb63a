package example.collections;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * A telemetry decoder receives a batch of readings in one heap {@code ByteBuffer} and lets two parser threads read the
 * readings off it with relative {@code getInt()} calls: each call moves the buffer's position, a field of the JDK's,
 * which the two threads update unordered (a reading can be read twice or torn). The elements are only read; the race is
 * on the position, which weft checks as the buffer's own variable.
 */
// weft: expect race example.collections.FrameParserSharedBuffer.readings threads=parser-1,parser-2 collection=java.nio.ByteBuffer
public final class FrameParserSharedBuffer {

    static final ByteBuffer readings = ByteBuffer.allocate(4 * 4_000);

    static int next() {
        try {
            return readings.remaining() >= 4 ? readings.getInt() : -1; // weft: race
        } catch (BufferUnderflowException takenMeanwhile) {
            return -1;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 4_000; i++) {
            readings.putInt(i % 97);
        }
        readings.flip();
        long[] sums = new long[2];
        Threads.runAll(new String[] {"parser-1", "parser-2"}, () -> {
            for (int value; (value = next()) >= 0; ) {
                sums[0] += value;
            }
        }, () -> {
            for (int value; (value = next()) >= 0; ) {
                sums[1] += value;
            }
        });
        System.out.println("sum " + (sums[0] + sums[1]));
    }
}
