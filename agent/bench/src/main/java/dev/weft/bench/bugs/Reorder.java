package dev.weft.bench.bugs;

/**
 * A setter writes {@code a = 1} then {@code b = -1}; a checker reads both and expects either none or both
 * of the writes: it sees half of them only when preempted between its reads, or when the setter is
 * preempted between its writes (SCTBench's reorder_2_bad).
 */
public final class Reorder {

    private Reorder() { }

    static final class Pair {
        int a;
        int b;
    }

    public static void main(String[] args) throws InterruptedException {
        Pair pair = new Pair();
        int[] seen = new int[2];
        Thread setter = new Thread(() -> {
            pair.a = 1;
            pair.b = -1;
        }, "setter");
        Thread checker = new Thread(() -> {
            seen[0] = pair.a;
            seen[1] = pair.b;
        }, "checker");
        setter.start();
        checker.start();
        setter.join();
        checker.join();
        boolean consistent = (seen[0] == 0 && seen[1] == 0) || (seen[0] == 1 && seen[1] == -1);
        if (!consistent) {
            throw new AssertionError("checker saw a=" + seen[0] + ", b=" + seen[1] + ": half of the setter's writes");
        }
    }
}
