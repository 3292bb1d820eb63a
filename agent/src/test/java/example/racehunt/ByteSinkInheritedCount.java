package example.racehunt;

import java.io.ByteArrayOutputStream;

/** A {@code ByteArrayOutputStream} subclass rewinds its inherited {@code count} while a monitor reads it. */
// weft: expect race java.io.ByteArrayOutputStream.count threads=rewinder,monitor
public final class ByteSinkInheritedCount {

    static final class ByteSink extends ByteArrayOutputStream {
        void rewind() {
            count = 0; // weft: race
        }

        int filled() {
            return count; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ByteSink sink = new ByteSink();
        Threads.runAll(new String[] {"rewinder", "monitor"},
                sink::rewind,
                () -> System.out.println("filled " + sink.filled()));
    }
}
