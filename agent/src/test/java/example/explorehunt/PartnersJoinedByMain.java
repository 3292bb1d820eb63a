package example.explorehunt;

/** {@link PartnersJoinEachOther} with {@code main} joining both halves and merging them itself. */
// weft: expect none
public final class PartnersJoinedByMain {

    static final StringBuilder[] HALVES = {new StringBuilder(), new StringBuilder()};

    public static void main(String[] args) throws InterruptedException {
        Thread sales = new Thread(() -> HALVES[0].append("sales 120"), "sales");
        Thread returns = new Thread(() -> HALVES[1].append("returns 7"), "returns");
        sales.start();
        returns.start();
        sales.join();
        returns.join();
        System.out.println(HALVES[0] + " / " + HALVES[1]);
    }
}
