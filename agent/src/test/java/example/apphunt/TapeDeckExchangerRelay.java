package example.apphunt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Exchanger;

/**
 * A tape deck records into one buffer (plain samples and a plain length) while the encoder drains the other; they
 * swap the buffers back and forth with an {@code Exchanger} for several rounds, and the encoder hands its final
 * statistics object to {@code main} by completing a future.
 */
// weft: expect none
public final class TapeDeckExchangerRelay {

    static final class Buffer {
        final short[] samples = new short[256];
        int length;
        int sequence;
    }

    static final class Stats {
        long energy;
        int buffers;
        int lastSequence;
    }

    public static void main(String[] args) throws Exception {
        Exchanger<Buffer> swap = new Exchanger<>();
        CompletableFuture<Stats> encoded = new CompletableFuture<>();
        int rounds = 12;
        Thread recorder = new Thread(() -> {
            Buffer filling = new Buffer();
            try {
                for (int round = 0; round < rounds; round++) {
                    filling.length = 100 + round * 10;
                    for (int i = 0; i < filling.length; i++) {
                        filling.samples[i] = (short) ((i * 13 + round) % 200 - 100);
                    }
                    filling.sequence = round;
                    filling = swap.exchange(filling);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "recorder");
        Thread encoder = new Thread(() -> {
            Buffer draining = new Buffer();
            Stats stats = new Stats();
            try {
                for (int round = 0; round < rounds; round++) {
                    draining = swap.exchange(draining);
                    for (int i = 0; i < draining.length; i++) {
                        stats.energy += draining.samples[i] * draining.samples[i];
                    }
                    stats.buffers++;
                    stats.lastSequence = draining.sequence;
                    draining.length = 0;
                }
                encoded.complete(stats);
            } catch (InterruptedException e) {
                encoded.completeExceptionally(e);
            }
        }, "encoder");
        recorder.start();
        encoder.start();
        Stats stats = encoded.get();
        System.out.println(stats.buffers + " buffers, last " + stats.lastSequence + ", energy " + stats.energy);
        recorder.join();
        encoder.join();
    }
}
