package example.explorehunt;

import java.util.Vector;

/** {@link VectorTakeLast} with the check and the removal inside {@code synchronized (PARCELS)}, the vector's own lock. */
// weft: expect none
public final class VectorTakeLastLocked {

    static final Vector<String> PARCELS = new Vector<>();

    public static void main(String[] args) throws InterruptedException {
        PARCELS.add("parcel-1");
        Thread first = new Thread(VectorTakeLastLocked::pack, "packer-1");
        Thread second = new Thread(VectorTakeLastLocked::pack, "packer-2");
        first.start();
        second.start();
        first.join();
        second.join();
    }

    static void pack() {
        String parcel = null;
        synchronized (PARCELS) {
            if (!PARCELS.isEmpty()) {
                parcel = PARCELS.remove(PARCELS.size() - 1);
            }
        }
        if (parcel != null) {
            System.out.println("packing " + parcel);
        }
    }
}
