package example.racehunt;

import java.util.concurrent.Phaser;

/**
 * Workers write their round's result and arrive; the coordinator arrives, waits with awaitAdvance, reads
 * the results, and arrives again to let the workers into the next round.
 */
// weft: expect none
public final class PhaserRounds {

    static final class Slot {
        long value;
    }

    public static void main(String[] args) throws InterruptedException {
        Slot[] slots = {new Slot(), new Slot()};
        Phaser phaser = new Phaser(3);
        Runnable[] workers = new Runnable[2];
        for (int w = 0; w < 2; w++) {
            Slot slot = slots[w];
            workers[w] = () -> {
                for (int round = 0; round < 3; round++) {
                    slot.value += round + 1;
                    phaser.arriveAndAwaitAdvance();
                    phaser.arriveAndAwaitAdvance();
                }
                phaser.arriveAndDeregister();
            };
        }
        Thread coordinator = new Thread(() -> {
            for (int round = 0; round < 3; round++) {
                int phase = phaser.arrive();
                phaser.awaitAdvance(phase);
                System.out.println("round " + round + ": " + (slots[0].value + slots[1].value));
                phaser.awaitAdvance(phaser.arrive());
            }
            phaser.arriveAndDeregister();
        }, "coordinator");
        coordinator.start();
        Threads.runAll(new String[] {"worker-1", "worker-2"}, workers);
        coordinator.join();
    }
}
