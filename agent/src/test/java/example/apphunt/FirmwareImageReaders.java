package example.apphunt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A firmware image is read into a byte array once, before a pool of verifiers is given it; each verifier reads the
 * image through a {@code ByteArrayInputStream} of its own and sums a block of it. The submission orders the filling
 * before every read, and no one writes it afterwards.
 */
// weft: expect none
public final class FirmwareImageReaders {

    public static void main(String[] args) throws Exception {
        byte[] image = new byte[4096];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 7);
        }
        ExecutorService verifiers = Executors.newFixedThreadPool(3);
        List<Future<Long>> sums = new ArrayList<>();
        for (int block = 0; block < 8; block++) {
            int offset = block * 512;
            sums.add(verifiers.submit(() -> checksum(new ByteArrayInputStream(image, offset, 512))));
        }
        long total = 0;
        for (Future<Long> sum : sums) {
            total += sum.get();
        }
        verifiers.shutdown();
        System.out.println("checksum: " + total);
    }

    private static long checksum(ByteArrayInputStream in) throws IOException {
        long sum = 0;
        byte[] chunk = new byte[64];
        for (int read = in.read(chunk); read > 0; read = in.read(chunk)) {
            for (int i = 0; i < read; i++) {
                sum += chunk[i] & 0xff;
            }
        }
        return sum + in.read();
    }
}
