package example.racehunt;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A booking claims a seat with {@code compareAndSet} on an {@code AtomicIntegerArray} and only then writes the seat's
 * owner into a plain array; an auditor that waits to see the seat claimed reads the owner. The claim publishes what
 * was written before it, not the owner written after it.
 */
// weft: expect race java.lang.String[] threads=booker,auditor
public final class SeatClaimAtomicArrayPlainOwner {

    private static final AtomicIntegerArray CLAIMED = new AtomicIntegerArray(8);
    private static final String[] OWNERS = new String[8];

    public static void main(String[] args) throws InterruptedException {
        String[] seen = new String[1];
        Threads.runAll(new String[] {"booker", "auditor"}, () -> {
            if (CLAIMED.compareAndSet(3, 0, 1)) {
                OWNERS[3] = "alice"; // weft: race
            }
        }, () -> {
            while (CLAIMED.get(3) == 0) {
                Thread.onSpinWait();
            }
            seen[0] = OWNERS[3]; // weft: race
        });
        System.out.println("seat 3: " + seen[0]);
    }
}
