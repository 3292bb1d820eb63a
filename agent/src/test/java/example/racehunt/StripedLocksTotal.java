package example.racehunt;

/** Lock striping: each bucket has its own lock, but the grand total is updated under whichever bucket's lock was taken. */
// weft: expect race example.racehunt.StripedLocksTotal.total threads=writer-even,writer-odd
public final class StripedLocksTotal {

    private final Object[] stripes = {new Object(), new Object()};
    private final long[] buckets = new long[2];
    private long total;

    void add(int key, long amount) {
        int stripe = key % 2;
        synchronized (stripes[stripe]) {
            buckets[stripe] += amount;
            total += amount; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        StripedLocksTotal table = new StripedLocksTotal();
        Threads.runAll(new String[] {"writer-even", "writer-odd"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        table.add(2 * i, 1);
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        table.add(2 * i + 1, 1);
                    }
                });
        synchronized (table.stripes[0]) {
            synchronized (table.stripes[1]) {
                System.out.println("total " + table.total);
            }
        }
    }
}
