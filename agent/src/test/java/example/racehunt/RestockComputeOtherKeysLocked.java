package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The correct twin of {@link RestockComputeOtherKeys}: the note is written holding a lock. Also, each restocker then
 * waits until it sees the other's item in the map and reads the count object the other's function made: the map
 * orders a key's computation before a lookup that finds its value, whichever key the reader computed itself.
 */
// weft: expect none
public final class RestockComputeOtherKeysLocked {

    static final class Count {
        int units;
        String note;
    }

    private static final ConcurrentHashMap<String, Count> STOCK = new ConcurrentHashMap<>();
    private static final Object NOTE_LOCK = new Object();
    private static String lastChanged;

    static void restock(String item, int amount, String other) {
        STOCK.compute(item, (key, count) -> {
            synchronized (NOTE_LOCK) {
                lastChanged = key;
            }
            Count made = count == null ? new Count() : count;
            made.units += amount;
            made.note = "restocked " + key;
            return made;
        });
        Count seen;
        while ((seen = STOCK.get(other)) == null) {
            Thread.onSpinWait();
        }
        System.out.println(item + " sees " + other + ": " + seen.units + " " + seen.note);
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"restock-a", "restock-b"}, () -> restock("apples", 10, "pears"),
                () -> restock("pears", 5, "apples"));
        synchronized (NOTE_LOCK) {
            System.out.println(STOCK.size() + " last " + lastChanged);
        }
    }
}
