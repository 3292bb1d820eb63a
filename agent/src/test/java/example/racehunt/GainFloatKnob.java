package example.racehunt;

/**
 * A mixer's UI thread turns a channel's gain, a plain {@code float}, while the audio thread reads it for every sample:
 * no {@code volatile}, so the audio thread may never see the change.
 */
// weft: expect race example.racehunt.GainFloatKnob$Channel.gain threads=ui,audio
public final class GainFloatKnob {

    static final class Channel {
        float gain = 1.0f;
    }

    public static void main(String[] args) throws InterruptedException {
        Channel channel = new Channel();
        float[] mixed = new float[1];
        Threads.runAll(new String[] {"ui", "audio"}, () -> {
            for (int i = 0; i < 100; i++) {
                channel.gain = 1.0f - i / 200f; // weft: race
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                mixed[0] += 0.5f * channel.gain; // weft: race
            }
        });
        System.out.println("mixed " + mixed[0]);
    }
}
