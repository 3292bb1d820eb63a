package example.collections;

import java.util.NoSuchElementException;
import java.util.StringTokenizer;

/**
 * A batch of commands is split with one {@code StringTokenizer}, which keeps its position in itself; two executors take
 * commands from it with no lock, so a command may run twice or be skipped.
 */
// weft: expect race example.collections.CommandTokensShared.COMMANDS threads=executor-1,executor-2 collection=java.util.StringTokenizer
public final class CommandTokensShared {

    static final StringTokenizer COMMANDS = new StringTokenizer(commands(), ";");

    static String commands() {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            batch.append("cmd-").append(i).append(';');
        }
        return batch.toString();
    }

    static String nextCommand() {
        try {
            return COMMANDS.nextToken(); // weft: race
        } catch (NoSuchElementException none) {
            return null;
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
