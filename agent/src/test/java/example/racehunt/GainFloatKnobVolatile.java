package example.racehunt;

/** The fixed twin of {@code GainFloatKnob}: the gain is {@code volatile}. */
// weft: expect none
public final class GainFloatKnobVolatile {

    static final class Channel {
        volatile float gain = 1.0f;
    }

    public static void main(String[] args) throws InterruptedException {
        Channel channel = new Channel();
        float[] mixed = new float[1];
        Threads.runAll(new String[] {"ui", "audio"}, () -> {
            for (int i = 0; i < 100; i++) {
                channel.gain = 1.0f - i / 200f;
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                mixed[0] += 0.5f * channel.gain;
            }
        });
        System.out.println("mixed " + mixed[0]);
    }
}
