package example.racehunt;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload is read through the application's own counting stream (a {@code FilterInputStream} subclass, the
 * static type of the call) into a shared buffer, which a logger thread prints from without a lock.
 */
// weft: expect race byte[] threads=reader,logger
public final class CountingStreamRead {

    static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }

    static final byte[] BUFFER = new byte[64];

    public static void main(String[] args) throws InterruptedException {
        byte[] upload = new byte[64 * 200];
        Threads.runAll(new String[] {"reader", "logger"}, () -> {
            try (CountingStream in = new CountingStream(new ByteArrayInputStream(upload))) {
                while (in.read(BUFFER) > 0) { // weft: race
                    Thread.yield();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            int sum = 0;
            for (int i = 0; i < 2000; i++) {
                sum += BUFFER[i % BUFFER.length]; // weft: race
            }
            System.out.println(sum);
        });
    }
}
