package example.collections;

import java.util.Scanner;

/** Two executor threads take commands from one shared {@code Scanner} over a batch script, without a lock. */
// weft: expect race example.collections.CommandScannerShared.SCRIPT threads=exec-1,exec-2 collection=java.util.Scanner
public final class CommandScannerShared {

    static final Scanner SCRIPT = new Scanner("put a 1\nput b 2\n".repeat(300));

    static String nextCommand() {
        return SCRIPT.hasNextLine() ? SCRIPT.nextLine() : null; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        int[] runs = new int[2];
        Runnable first = () -> {
            for (int i = 0; i < 200 && nextCommand() != null; i++) {
                runs[0]++;
            }
        };
        Runnable second = () -> {
            for (int i = 0; i < 200 && nextCommand() != null; i++) {
                runs[1]++;
            }
        };
        Threads.runAll(new String[] {"exec-1", "exec-2"}, first, second);
        System.out.println(runs[0] + runs[1]);
    }
}
