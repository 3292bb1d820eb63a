package example.apphunt;

import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.CompletionHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Ships a log segment through an {@code AsynchronousFileChannel} on the program's own pool: the write is awaited
 * through its {@code Future}, the read completes in a {@code CompletionHandler}, which the JDK calls in a pool
 * thread, and which reads the segment the program set up before the read; but it counts down the latch before it
 * adds the bytes it read to the segment's count, which the program then reads.
 */
// weft: expect race example.apphunt.LogShipper$Segment.shipped threads=main,shipper-*
public final class LogShipper {
    static final class Segment { String name; int shipped; String firstLine; }

    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile("shipper", ".log");
        ExecutorService io = Executors.newFixedThreadPool(2, new NamedThreads("shipper"));
        try (AsynchronousFileChannel channel = AsynchronousFileChannel.open(file,
                Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE), io)) {
            Segment segment = new Segment();
            segment.name = "segment-1";
            byte[] text = "GET /index 200\nGET /about 404\n".getBytes(StandardCharsets.UTF_8);
            segment.shipped = channel.write(ByteBuffer.wrap(text), 0).get();
            ByteBuffer buffer = ByteBuffer.allocate(64);
            CountDownLatch read = new CountDownLatch(1);
            channel.read(buffer, 0, segment, new CompletionHandler<Integer, Segment>() {
                @Override
                public void completed(Integer n, Segment s) {
                    buffer.flip();
                    String all = StandardCharsets.UTF_8.decode(buffer).toString();
                    s.firstLine = s.name + ": " + all.substring(0, all.indexOf('\n'));
                    read.countDown();
                    s.shipped += n; // weft: race
                }

                @Override
                public void failed(Throwable failure, Segment s) {
                    s.firstLine = "failed: " + failure;
                    read.countDown();
                }
            });
            read.await();
            System.out.println(segment.firstLine + ", " + segment.shipped + " bytes"); // weft: race
        } finally {
            io.shutdown();
            Files.deleteIfExists(file);
        }
    }
}
