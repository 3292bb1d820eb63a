package example.apphunt;

import java.util.concurrent.Phaser;

/**
 * A batch importer splits a file into batches on a tree of phasers: a root phaser for the import and a child phaser
 * per batch, each of whose loader threads {@code register()}s itself, parses its rows into its own slot and leaves with
 * {@code arriveAndDeregister()}. The importer, registered on the root, waits for each phase with
 * {@code arriveAndAwaitAdvance()} and reads every slot, then starts the next batch on a fresh child.
 */
// weft: expect none
public final class BatchImportPhaserTiers {

    static final class Slot {
        int rows;
        long checksum;
        String firstKey;
    }

    public static void main(String[] args) {
        Phaser root = new Phaser(1);
        int loaders = 3;
        long total = 0;
        int rows = 0;
        for (int batch = 0; batch < 4; batch++) {
            Phaser tier = new Phaser(root, 1);
            Slot[] slots = new Slot[loaders];
            for (int l = 0; l < loaders; l++) {
                slots[l] = new Slot();
                Slot slot = slots[l];
                int offset = batch * 1_000 + l * 100;
                tier.register();
                new Thread(() -> {
                    try {
                        for (int row = 0; row < 100; row++) {
                            if (slot.firstKey == null) {
                                slot.firstKey = "key-" + (offset + row);
                            }
                            slot.checksum += (offset + row) * 31L;
                            slot.rows++;
                        }
                    } finally {
                        tier.arriveAndDeregister();
                    }
                }, "loader-" + batch + "-" + l).start();
            }
            tier.arriveAndDeregister();
            root.arriveAndAwaitAdvance();
            for (Slot slot : slots) {
                total += slot.checksum;
                rows += slot.rows;
                if (slot.firstKey == null) {
                    throw new IllegalStateException("empty slot");
                }
            }
        }
        System.out.println(rows + " rows imported, checksum " + total);
    }
}
