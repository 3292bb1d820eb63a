package example.racehunt;

import java.io.ByteArrayOutputStream;

/**
 * Twin of {@code ByteSinkInheritedCount}: the subclass's own methods on the inherited {@code count} are
 * {@code synchronized}, as {@code ByteArrayOutputStream}'s are. Correct: no finding.
 */
// weft: expect none
public final class ByteSinkInheritedCountLocked {

    static final class ByteSink extends ByteArrayOutputStream {
        synchronized void rewind() {
            count = 0;
        }

        synchronized int filled() {
            return count;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ByteSink sink = new ByteSink();
        Threads.runAll(new String[] {"rewinder", "writer", "monitor"},
                sink::rewind,
                () -> sink.write(7),
                () -> System.out.println("filled " + sink.filled()));
    }
}
