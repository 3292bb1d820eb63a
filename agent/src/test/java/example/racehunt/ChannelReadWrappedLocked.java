package example.racehunt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;

/** The fixed twin of {@code ChannelReadWrapped}: the reader and the monitor hold the block's lock. */
// weft: expect none
public final class ChannelReadWrappedLocked {

    static final byte[] BLOCK = new byte[32];

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"reader", "monitor"}, () -> {
            try (ReadableByteChannel channel = Channels.newChannel(new ByteArrayInputStream(new byte[32 * 300]))) {
                ByteBuffer buffer = ByteBuffer.wrap(BLOCK);
                int n = 1;
                while (n > 0) {
                    synchronized (BLOCK) {
                        n = channel.read(buffer);
                    }
                    buffer.clear();
                    Thread.yield();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            int sum = 0;
            for (int i = 0; i < 2000; i++) {
                synchronized (BLOCK) {
                    sum += BLOCK[i % BLOCK.length];
                }
            }
            System.out.println(sum);
        });
    }
}
