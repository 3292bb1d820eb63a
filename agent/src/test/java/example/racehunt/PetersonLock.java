package example.racehunt;

/** Peterson's mutual exclusion for two threads, from volatile fields alone, guarding a plain counter. */
// weft: expect none
public final class PetersonLock {

    private static volatile boolean wantsA;
    private static volatile boolean wantsB;
    private static volatile int turn;
    private static int counter;

    public static void main(String[] args) throws InterruptedException {
        Runnable a = () -> {
            for (int i = 0; i < 500; i++) {
                wantsA = true;
                turn = 1;
                while (wantsB && turn == 1) {
                    Thread.onSpinWait();
                }
                counter++;
                wantsA = false;
            }
        };
        Runnable b = () -> {
            for (int i = 0; i < 500; i++) {
                wantsB = true;
                turn = 0;
                while (wantsA && turn == 0) {
                    Thread.onSpinWait();
                }
                counter++;
                wantsB = false;
            }
        };
        Threads.runAll(new String[] {"peterson-a", "peterson-b"}, a, b);
        System.out.println("counter " + counter);
    }
}
