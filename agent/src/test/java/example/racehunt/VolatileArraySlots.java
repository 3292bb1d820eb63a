package example.racehunt;

/**
 * The array reference is volatile, its elements are not: two threads bumping the same slot of
 * {@code slots} race, whatever the field's modifier.
 */
// weft: expect race long[] threads=shard-1,shard-2
public final class VolatileArraySlots {

    private static volatile long[] slots = new long[16];

    public static void main(String[] args) throws InterruptedException {
        Runnable shard = () -> {
            for (int i = 0; i < 400; i++) {
                slots[3]++; // weft: race
            }
        };
        Threads.runAll(new String[] {"shard-1", "shard-2"}, shard, shard);
        System.out.println("slot 3 " + slots[3]);
    }
}
