package example.racehunt;

import java.lang.ref.Cleaner;

/** A Cleaner's action counts released buffers in a plain field that the main thread polls while it collects. */
// weft: expect race example.racehunt.CleanerReleasedCount.released threads=main,janitor
public final class CleanerReleasedCount {

    static int released;

    public static void main(String[] args) throws InterruptedException {
        Cleaner cleaner = Cleaner.create(task -> new Thread(task, "janitor"));
        for (int i = 0; i < 20; i++) {
            cleaner.register(new byte[1024], () -> released++); // weft: race
        }
        int seen = 0;
        for (int round = 0; round < 200 && (seen = released) == 0; round++) { // weft: race
            System.gc();
            Thread.sleep(10);
        }
        System.out.println("released some " + (seen >= 0));
    }
}
