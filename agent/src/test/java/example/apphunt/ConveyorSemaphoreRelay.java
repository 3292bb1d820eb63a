package example.apphunt;

import java.util.concurrent.Semaphore;

/**
 * A packing line passes a tray between two stations with two binary semaphores: the loader fills the tray and
 * releases the sealer's permit, the sealer seals it and releases the loader's; each permit is released by the
 * other thread than the one that acquires it.
 */
// weft: expect none
public final class ConveyorSemaphoreRelay {

    static final class Tray {
        final String[] items = new String[6];
        int filled;
        boolean sealed;
        int sealedTrays;
    }

    public static void main(String[] args) throws InterruptedException {
        Tray tray = new Tray();
        Semaphore loaderTurn = new Semaphore(1);
        Semaphore sealerTurn = new Semaphore(0);
        int trays = 400;
        Thread sealer = new Thread(() -> {
            try {
                for (int i = 0; i < trays; i++) {
                    sealerTurn.acquire();
                    if (tray.filled != tray.items.length || tray.items[0] == null) {
                        throw new IllegalStateException("tray not full");
                    }
                    tray.sealed = true;
                    tray.sealedTrays++;
                    loaderTurn.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sealer");
        sealer.start();
        for (int i = 0; i < trays; i++) {
            loaderTurn.acquire();
            tray.sealed = false;
            tray.filled = 0;
            for (int slot = 0; slot < tray.items.length; slot++) {
                tray.items[slot] = "item-" + i + "-" + slot;
                tray.filled++;
            }
            sealerTurn.release();
        }
        loaderTurn.acquire();
        System.out.println(tray.sealedTrays + " trays sealed, last sealed " + tray.sealed);
        sealer.join();
    }
}
