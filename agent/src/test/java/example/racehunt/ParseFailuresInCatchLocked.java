package example.racehunt;

/** The fixed {@link ParseFailuresInCatch}: the count is bumped holding the class's lock. */
// weft: expect none
public final class ParseFailuresInCatchLocked {

    private static int failures;

    static int parse(String line) {
        try {
            return Integer.parseInt(line.trim());
        } catch (NumberFormatException malformed) {
            synchronized (ParseFailuresInCatchLocked.class) {
                failures++;
            }
            return 0;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int[] sums = new int[2];
        Threads.runAll(new String[] {"import-1", "import-2"}, () -> sums[0] = parse("12x"), () -> sums[1] = parse("n/a"));
        System.out.println("failures " + failures + ", sums " + sums[0] + sums[1]);
    }
}
