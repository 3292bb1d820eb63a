package example.racehunt;

import java.nio.CharBuffer;

/**
 * Twin of {@code StatusLineCharBufferWrap}: the editor's write and the status bar's {@code toString()} hold the line's
 * lock; a clock shows, with no lock, a buffer wrapping only the line's second half, which no thread writes. Correct: no finding.
 */
// weft: expect none
public final class StatusLineCharBufferWrapLocked {

    public static void main(String[] args) throws InterruptedException {
        char[] line = "ready   ".toCharArray();
        for (int i = 0; i < line.length; i++) {
            line[i] = line[i];
        }
        CharBuffer tail = CharBuffer.wrap(line, 4, 4);
        Threads.runAll(new String[] {"editor", "status-bar", "clock"},
                () -> {
                    synchronized (line) {
                        line[0] = 'R';
                    }
                },
                () -> {
                    synchronized (line) {
                        System.out.println("[" + CharBuffer.wrap(line).toString() + "]");
                    }
                },
                () -> System.out.println("[" + tail.toString() + "]"));
    }
}
