package example.explorehunt;

import java.util.Vector;

/**
 * Two packers take parcels from a {@code Vector}: each checks that it is not empty, then removes the last one.
 * Each call is {@code synchronized}, the pair is not: with one parcel left, both see it and the second
 * {@code remove} throws {@code ArrayIndexOutOfBoundsException}.
 */
// weft: expect failure
public final class VectorTakeLast {

    static final Vector<String> PARCELS = new Vector<>();

    public static void main(String[] args) throws InterruptedException {
        PARCELS.add("parcel-1");
        Thread first = new Thread(VectorTakeLast::pack, "packer-1");
        Thread second = new Thread(VectorTakeLast::pack, "packer-2");
        first.start();
        second.start();
        first.join();
        second.join();
    }

    static void pack() {
        if (!PARCELS.isEmpty()) { // the bug: the check and the removal are two calls
            System.out.println("packing " + PARCELS.remove(PARCELS.size() - 1));
        }
    }
}
