package example.racehunt;

import java.util.Arrays;

/**
 * Twin of {@code FirmwareVersionCompare}: the checker compares after joining the upgrader; two checkers compare the
 * required versions, which no thread writes, at once. Correct: no finding.
 */
// weft: expect none
public final class FirmwareVersionCompareJoined {

    public static void main(String[] args) throws InterruptedException {
        int[] required = {1, 4, 2};
        int[] installed = {1, 4, 2};
        long[] lts = {1, 2, 9};
        Thread upgrader = new Thread(() -> installed[2] = 3, "upgrader");
        upgrader.start();
        upgrader.join();
        Threads.runAll(new String[] {"checker-1", "checker-2"},
                () -> System.out.println("up to date " + (Arrays.compare(installed, required) >= 0) + " " + Arrays.compare(required, lts.length == 3 ? required : installed)),
                () -> System.out.println("lts " + Arrays.compare(lts, new long[] {1, 2, 9}) + " " + Arrays.compareUnsigned(required, installed)));
    }
}
