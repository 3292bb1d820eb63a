package example.racehunt;

import java.nio.CharBuffer;

/** A status bar shows a shared {@code char[]} line through {@code CharBuffer.wrap(line).toString()} while an editor writes its first character. */
// weft: expect race char[] threads=editor,status-bar
public final class StatusLineCharBufferWrap {

    public static void main(String[] args) throws InterruptedException {
        char[] line = "ready   ".toCharArray();
        for (int i = 0; i < line.length; i++) {
            line[i] = line[i];
        }
        Threads.runAll(new String[] {"editor", "status-bar"},
                () -> line[0] = 'R', // weft: race
                () -> System.out.println("[" + CharBuffer.wrap(line).toString() + "]")); // weft: race
    }
}
