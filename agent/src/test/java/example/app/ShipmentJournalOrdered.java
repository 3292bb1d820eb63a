package example.app;

/**
 * {@link ShipmentJournalInversion}'s journal and dispatcher, but the auditor copies the entries under their lock and
 * lets it go before it takes the depot's monitor: the depot's monitor is only ever held while the journal's mutex is
 * taken, never the other way round. One order, nothing to report.
 */
public final class ShipmentJournalOrdered {

    public static void main(String[] args) throws Exception {
        ShipmentJournalInversion.Journal journal = new ShipmentJournalInversion.Journal();
        Object depot = new Object();
        int[] stock = {10};
        Thread dispatcher = new Thread(() -> {
            synchronized (depot) {
                stock[0]--;
                journal.record("shipped 1");
            }
        }, "dispatcher");
        Thread auditor = new Thread(() -> {
            int shipped;
            synchronized (journal.entries) {
                shipped = journal.entries.size();
            }
            synchronized (depot) {
                System.out.println(shipped + " shipped, " + stock[0] + " left");
            }
        }, "auditor");
        dispatcher.start(); auditor.start(); dispatcher.join(); auditor.join();
        System.out.println("done");
    }
}
