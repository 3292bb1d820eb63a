package example.apphunt;

/**
 * A night-shift rotation: three guards patrol in turn, handing a plain logbook from one to the next through a turn
 * counter guarded by a monitor; each waits in a {@code while} loop (for its turn, against spurious wake-ups) with
 * {@code wait()}, writes the log, advances the turn and {@code notifyAll()}s.
 */
// weft: expect none
public final class ShiftRotationWaitNotify {

    static final class Logbook {
        final StringBuilder entries = new StringBuilder();
        int rounds;
        String lastGuard = "";
    }

    private final Object turnLock = new Object();
    private int turn;

    public static void main(String[] args) throws InterruptedException {
        ShiftRotationWaitNotify rotation = new ShiftRotationWaitNotify();
        Logbook logbook = new Logbook();
        int guards = 3;
        int rounds = 60;
        Thread[] threads = new Thread[guards];
        for (int g = 0; g < guards; g++) {
            int me = g;
            threads[g] = new Thread(() -> {
                for (int r = 0; r < rounds; r++) {
                    synchronized (rotation.turnLock) {
                        while (rotation.turn % guards != me) {
                            try {
                                rotation.turnLock.wait();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    }
                    // the logbook is written outside the monitor: only the guard whose turn it is touches it
                    logbook.entries.append("guard").append(me).append(" round ").append(r).append('\n');
                    logbook.rounds++;
                    logbook.lastGuard = "guard" + me;
                    synchronized (rotation.turnLock) {
                        rotation.turn++;
                        rotation.turnLock.notifyAll();
                    }
                }
            }, "guard-" + g);
            threads[g].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println(logbook.rounds + " rounds, last " + logbook.lastGuard + ", " + logbook.entries.length() + " chars");
    }
}
