package example.apphunt;

import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;

/**
 * An audio player fills one buffer while the sound card thread plays the other; they swap buffers with
 * {@code Exchanger.exchange(buffer, timeout, unit)}, so each buffer is written by one thread and read by the other
 * only after the exchange.
 */
// weft: expect none
public final class AudioDoubleBuffer {

    static final class Buffer {
        final short[] samples = new short[64];
        int frame;
    }

    public static void main(String[] args) throws Exception {
        Exchanger<Buffer> swap = new Exchanger<>();
        long[] played = new long[1];
        Thread card = new Thread(() -> {
            Buffer playing = new Buffer();
            try {
                for (int i = 0; i < 5; i++) {
                    playing = swap.exchange(playing, 30, TimeUnit.SECONDS);
                    for (short sample : playing.samples) {
                        played[0] += sample;
                    }
                    played[0] += playing.frame;
                }
            } catch (Exception e) {
                played[0] = -1;
            }
        }, "soundcard");
        card.start();
        Buffer filling = new Buffer();
        for (int frame = 0; frame < 5; frame++) {
            for (int i = 0; i < filling.samples.length; i++) {
                filling.samples[i] = (short) (frame + i);
            }
            filling.frame = frame;
            filling = swap.exchange(filling, 30, TimeUnit.SECONDS);
        }
        card.join();
        System.out.println("played " + played[0]);
    }
}
