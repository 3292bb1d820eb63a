package example.explorehunt;

/**
 * Two halves of a report are built by two threads; each, once its half is done, joins the other to merge both
 * halves. Each waits for the other to end: neither ever does.
 */
// weft: expect deadlock
public final class PartnersJoinEachOther {

    static Thread sales;
    static Thread returns;
    static final StringBuilder[] HALVES = {new StringBuilder(), new StringBuilder()};

    public static void main(String[] args) throws InterruptedException {
        sales = new Thread(() -> buildThenMerge(0, "sales 120", returns), "sales");
        returns = new Thread(() -> buildThenMerge(1, "returns 7", sales), "returns");
        sales.start();
        returns.start();
        sales.join();
        returns.join();
    }

    static void buildThenMerge(int half, String line, Thread partner) {
        HALVES[half].append(line);
        try {
            partner.join(); // the bug: each half waits for the other to end
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        System.out.println(HALVES[0] + " / " + HALVES[1]);
    }
}
