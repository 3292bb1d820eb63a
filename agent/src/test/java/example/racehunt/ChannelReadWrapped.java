package example.racehunt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;

/** A channel reads into {@code ByteBuffer.wrap(shared)}, filling the shared array a monitor thread reads. */
// weft: expect race byte[] threads=reader,monitor
public final class ChannelReadWrapped {

    static final byte[] BLOCK = new byte[32];

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"reader", "monitor"}, () -> {
            try (ReadableByteChannel channel = Channels.newChannel(new ByteArrayInputStream(new byte[32 * 300]))) {
                ByteBuffer buffer = ByteBuffer.wrap(BLOCK);
                while (channel.read(buffer) > 0) { // weft: race
                    buffer.clear();
                    Thread.yield();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, () -> {
            int sum = 0;
            for (int i = 0; i < 2000; i++) {
                sum += BLOCK[i % BLOCK.length]; // weft: race
            }
            System.out.println(sum);
        });
    }
}
