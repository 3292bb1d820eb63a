package example.apphunt;

import java.util.concurrent.Exchanger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A video transcoder: a pool task decodes a frame batch (plain arrays) and returns it through a {@code Future}; the
 * encoder thread gets it, encodes in place and swaps it with the uploader through an {@code Exchanger}, receiving the
 * uploader's previous (already sent) batch to reuse; the uploader reads what both the decoder and the encoder wrote.
 */
// weft: expect none
public final class PipelineFutureThenExchanger {

    static final class Batch {
        int[] pixels = new int[128];
        int frame;
        boolean encoded;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService decoders = Executors.newFixedThreadPool(2, new NamedThreads("decoder"));
        Exchanger<Batch> handOff = new Exchanger<>();
        int frames = 10;
        long[] uploaded = new long[1];
        Thread uploader = new Thread(() -> {
            Batch spare = new Batch();
            try {
                for (int f = 0; f < frames; f++) {
                    Batch ready = handOff.exchange(spare);
                    for (int pixel : ready.pixels) {
                        uploaded[0] += pixel;
                    }
                    uploaded[0] += ready.encoded ? ready.frame : -1_000;
                    spare = ready;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "uploader");
        Thread encoder = new Thread(() -> {
            try {
                Batch reuse = new Batch();
                for (int f = 0; f < frames; f++) {
                    Batch target = reuse;
                    int frame = f;
                    Future<Batch> decoded = decoders.submit(() -> {
                        for (int i = 0; i < target.pixels.length; i++) {
                            target.pixels[i] = (frame * 7 + i) % 256;
                        }
                        target.frame = frame;
                        target.encoded = false;
                        return target;
                    });
                    Batch batch = decoded.get();
                    for (int i = 0; i < batch.pixels.length; i++) {
                        batch.pixels[i] >>= 1;
                    }
                    batch.encoded = true;
                    reuse = handOff.exchange(batch);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "encoder");
        uploader.start();
        encoder.start();
        encoder.join();
        uploader.join();
        decoders.shutdown();
        System.out.println("uploaded checksum " + uploaded[0]);
    }
}
