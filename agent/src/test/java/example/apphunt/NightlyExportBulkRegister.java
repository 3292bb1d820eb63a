package example.apphunt;

import java.util.concurrent.Phaser;

/**
 * A nightly export runs three steps (extract, transform, write) over four tables, each table in a thread of its
 * own. The coordinator {@code bulkRegister}s the four tables on a phaser it is not a party of; each table thread does a
 * step on its own record and {@code arrive()}s, then waits for the others with {@code awaitAdvance} before it reads
 * their records for the next step; the coordinator follows the phases with {@code awaitAdvance(getPhase())} until the
 * phaser terminates (every table deregistered) and then reads every record.
 */
// weft: expect none
public final class NightlyExportBulkRegister {

    static final class TableExport {
        final String table;
        int rows;
        long bytes;
        long crossCheck;

        TableExport(String table) {
            this.table = table;
        }
    }

    public static void main(String[] args) {
        String[] tables = {"orders", "customers", "invoices", "products"};
        TableExport[] exports = new TableExport[tables.length];
        for (int t = 0; t < tables.length; t++) {
            exports[t] = new TableExport(tables[t]);
        }
        Phaser steps = new Phaser();
        steps.bulkRegister(tables.length);
        for (int t = 0; t < tables.length; t++) {
            TableExport mine = exports[t];
            new Thread(() -> {
                mine.rows = 1_000 + mine.table.length() * 111;
                steps.awaitAdvance(steps.arrive());
                mine.bytes = mine.rows * 64L;
                for (TableExport other : exports) {
                    mine.crossCheck += other.rows;
                }
                steps.awaitAdvance(steps.arrive());
                for (TableExport other : exports) {
                    mine.crossCheck += other.bytes;
                }
                steps.arriveAndDeregister();
            }, "export-" + tables[t]).start();
        }
        int phases = 0;
        while (!steps.isTerminated()) {
            steps.awaitAdvance(steps.getPhase());
            phases++;
        }
        long bytes = 0;
        long check = 0;
        for (TableExport export : exports) {
            bytes += export.bytes;
            check += export.crossCheck;
        }
        System.out.println(bytes + " bytes exported, check " + check + ", followed " + (phases >= 0));
    }
}
