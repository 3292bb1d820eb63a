package example.collections;

import java.util.Scanner;

/** The fixed twin of {@code CommandScannerShared}: the executors take each command holding the scanner's lock. */
// weft: expect none
public final class CommandScannerLocked {

    static final Scanner SCRIPT = new Scanner("put a 1\nput b 2\n".repeat(300));

    static String nextCommand() {
        synchronized (SCRIPT) {
            return SCRIPT.hasNextLine() ? SCRIPT.nextLine() : null;
        }
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
