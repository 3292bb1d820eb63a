package example.racehunt;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The fixed twin of {@code CountingStreamRead}: the reader and the logger hold the buffer's lock. */
// weft: expect none
public final class CountingStreamReadLocked {

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
                int n = 1;
                while (n > 0) {
                    synchronized (BUFFER) {
                        n = in.read(BUFFER);
                    }
                    Thread.yield();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            int sum = 0;
            for (int i = 0; i < 2000; i++) {
                synchronized (BUFFER) {
                    sum += BUFFER[i % BUFFER.length];
                }
            }
            System.out.println(sum);
        });
    }
}
