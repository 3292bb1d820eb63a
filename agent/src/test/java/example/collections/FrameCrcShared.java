package example.collections;

import java.util.zip.CRC32;

/** A link layer keeps a running {@code CRC32} of the stream a link carries; two receiver threads share the link. */
// weft: expect race example.collections.FrameCrcShared$Link.crc threads=rx-1,rx-2 collection=java.util.zip.CRC32
public final class FrameCrcShared {

    static final class Link {
        private final CRC32 crc = new CRC32();

        long checksum(byte[] frame) {
            crc.update(frame, 0, frame.length); // weft: race
            return crc.getValue(); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Link link = new Link();
        long[] sums = new long[2];
        Threads.runAll(new String[] {"rx-1", "rx-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                sums[0] += link.checksum(new byte[] {1, 2, (byte) i});
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                sums[1] += link.checksum(new byte[] {9, (byte) i, 7, 5});
            }
        });
        System.out.println(sums[0] + sums[1]);
    }
}
