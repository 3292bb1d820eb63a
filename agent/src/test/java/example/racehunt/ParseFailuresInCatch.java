package example.racehunt;

/**
 * An importer counts the lines it fails to parse in a {@code catch} block, in a plain static, from two import threads:
 * each thread's first failure bumps the count unordered with the other's.
 */
// weft: expect race example.racehunt.ParseFailuresInCatch.failures threads=import-1,import-2
public final class ParseFailuresInCatch {

    private static int failures;

    static int parse(String line) {
        try {
            return Integer.parseInt(line.trim());
        } catch (NumberFormatException malformed) {
            failures++; // weft: race
            return 0;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int[] sums = new int[2];
        Threads.runAll(new String[] {"import-1", "import-2"}, () -> sums[0] = parse("12x"), () -> sums[1] = parse("n/a"));
        System.out.println("failures " + failures + ", sums " + sums[0] + sums[1]);
    }
}
