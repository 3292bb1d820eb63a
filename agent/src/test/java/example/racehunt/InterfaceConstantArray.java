package example.racehunt;

/** An interface "constant" that is an array: its elements are as mutable as any, and two threads update one. */
// weft: expect race float[] threads=tuner-1,tuner-2
public final class InterfaceConstantArray {

    interface Defaults {
        float[] WEIGHTS = {0.5f, 0.25f, 0.25f};
    }

    static final class Tuner implements Defaults {
        void nudge() {
            WEIGHTS[0] *= 1.01f; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Tuner tuner = new Tuner();
        Runnable tune = () -> {
            for (int i = 0; i < 50; i++) {
                tuner.nudge();
            }
        };
        Threads.runAll(new String[] {"tuner-1", "tuner-2"}, tune, tune);
        System.out.println("weight " + Defaults.WEIGHTS[0]);
    }
}
