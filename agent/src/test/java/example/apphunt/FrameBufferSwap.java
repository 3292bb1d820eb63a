package example.apphunt;

import java.util.concurrent.Exchanger;

/**
 * A video pipeline double-buffers frames: a renderer fills a frame buffer and swaps it through an
 * {@code Exchanger} for the one the encoder has finished with, over and over; each side only touches the buffer
 * it holds.
 */
// weft: expect none
public final class FrameBufferSwap {

    static final class Frame {
        final int[] pixels = new int[256];
        int number;
        long checksum;
    }

    public static void main(String[] args) throws InterruptedException {
        Exchanger<Frame> swap = new Exchanger<>();
        int frames = 300;
        long[] encoded = new long[1];
        Thread encoder = new Thread(() -> {
            Frame held = new Frame();
            try {
                for (int i = 0; i < frames; i++) {
                    held = swap.exchange(held);
                    long sum = 0;
                    for (int p : held.pixels) {
                        sum += p;
                    }
                    if (sum != held.checksum) {
                        throw new IllegalStateException("torn frame " + held.number);
                    }
                    encoded[0] += held.number;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "encoder");
        encoder.start();
        Frame drawing = new Frame();
        for (int i = 0; i < frames; i++) {
            drawing.number = i;
            long sum = 0;
            for (int p = 0; p < drawing.pixels.length; p++) {
                drawing.pixels[p] = (i * 31 + p) & 0xff;
                sum += drawing.pixels[p];
            }
            drawing.checksum = sum;
            drawing = swap.exchange(drawing);
        }
        encoder.join();
        System.out.println("encoded frame numbers sum to " + encoded[0]);
    }
}
