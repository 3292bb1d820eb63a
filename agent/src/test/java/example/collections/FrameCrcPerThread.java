package example.collections;

import java.util.zip.CRC32;

/** The fixed twin of {@code FrameCrcShared}: each receiver thread has a link, and so a {@code CRC32}, of its own. */
// weft: expect none
public final class FrameCrcPerThread {

    static final class Link {
        private final CRC32 crc = new CRC32();

        long checksum(byte[] frame) {
            crc.update(frame, 0, frame.length);
            return crc.getValue();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        long[] sums = new long[2];
        Threads.runAll(new String[] {"rx-1", "rx-2"}, () -> {
            Link link = new Link();
            for (int i = 0; i < 300; i++) {
                sums[0] += link.checksum(new byte[] {1, 2, (byte) i});
            }
        }, () -> {
            Link link = new Link();
            for (int i = 0; i < 300; i++) {
                sums[1] += link.checksum(new byte[] {9, (byte) i, 7, 5});
            }
        });
        System.out.println(sums[0] + sums[1]);
    }
}
