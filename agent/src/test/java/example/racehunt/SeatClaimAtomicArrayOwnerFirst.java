package example.racehunt;

import java.util.concurrent.atomic.AtomicIntegerArray;

/** The fixed {@link SeatClaimAtomicArrayPlainOwner}: the owner is written before the claim that publishes it. */
// weft: expect none
public final class SeatClaimAtomicArrayOwnerFirst {

    private static final AtomicIntegerArray CLAIMED = new AtomicIntegerArray(8);
    private static final String[] OWNERS = new String[8];

    public static void main(String[] args) throws InterruptedException {
        String[] seen = new String[1];
        Threads.runAll(new String[] {"booker", "auditor"}, () -> {
            OWNERS[3] = "alice";
            CLAIMED.set(3, 1);
        }, () -> {
            while (CLAIMED.get(3) == 0) {
                Thread.onSpinWait();
            }
            seen[0] = OWNERS[3];
        });
        System.out.println("seat 3: " + seen[0]);
    }
}
