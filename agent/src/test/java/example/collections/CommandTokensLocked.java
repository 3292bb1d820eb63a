package example.collections;

import java.util.NoSuchElementException;
import java.util.StringTokenizer;

/** The fixed twin of {@code CommandTokensShared}: a command is taken under the tokenizer's lock. */
// weft: expect none
public final class CommandTokensLocked {

    static final StringTokenizer COMMANDS = new StringTokenizer(CommandTokensShared.commands(), ";");

    static String nextCommand() {
        synchronized (COMMANDS) {
            try {
                return COMMANDS.nextToken();
            } catch (NoSuchElementException none) {
                return null;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int[] run = new int[2];
        Threads.runAll(new String[] {"executor-1", "executor-2"}, () -> {
            while (nextCommand() != null) {
                run[0]++;
            }
        }, () -> {
            while (nextCommand() != null) {
                run[1]++;
            }
        });
        System.out.println("commands run: " + (run[0] + run[1]));
    }
}
