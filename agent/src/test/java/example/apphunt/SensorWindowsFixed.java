package example.apphunt;

import java.util.Spliterator;
import java.util.function.IntConsumer;
import java.util.stream.StreamSupport;

/**
 * A weather station keeps its readings in fixed windows and averages them in parallel through a primitive
 * spliterator of its own ({@code StreamSupport.intStream(.., true)}): the window bounds a part covers are set
 * by the constructor and by {@code trySplit}, in the thread that splits, and read by the worker the JDK forks
 * the part to. The readings themselves are filled in before the stream starts.
 */
// weft: expect none
public final class SensorWindowsFixed {

    static final class Readings {
        final int[] tenthsOfDegree;
        final int window;

        Readings(int count, int window) {
            this.tenthsOfDegree = new int[count];
            this.window = window;
            for (int i = 0; i < count; i++) {
                tenthsOfDegree[i] = 150 + (i * 37) % 90;
            }
        }
    }

    /** The readings of windows {@code firstWindow} (inclusive) to {@code lastWindow} (exclusive). */
    static final class WindowSpliterator implements Spliterator.OfInt {
        private final Readings readings;
        private int firstWindow;
        private int lastWindow;
        private int position;

        WindowSpliterator(Readings readings, int firstWindow, int lastWindow) {
            this.readings = readings;
            this.firstWindow = firstWindow;
            this.lastWindow = lastWindow;
            this.position = firstWindow * readings.window;
        }

        private int limit() {
            return Math.min(lastWindow * readings.window, readings.tenthsOfDegree.length);
        }

        @Override
        public boolean tryAdvance(IntConsumer action) {
            if (position >= limit()) {
                return false;
            }
            action.accept(readings.tenthsOfDegree[position++]);
            return true;
        }

        @Override
        public void forEachRemaining(IntConsumer action) {
            int limit = limit();
            while (position < limit) {
                action.accept(readings.tenthsOfDegree[position++]);
            }
        }

        @Override
        public Spliterator.OfInt trySplit() {
            int windows = lastWindow - firstWindow;
            if (windows < 2 || position != firstWindow * readings.window) {
                return null;
            }
            int middle = firstWindow + windows / 2;
            WindowSpliterator prefix = new WindowSpliterator(readings, firstWindow, middle);
            firstWindow = middle;
            position = middle * readings.window;
            return prefix;
        }

        @Override
        public long estimateSize() {
            return limit() - position;
        }

        @Override
        public int characteristics() {
            return ORDERED | SIZED | SUBSIZED | IMMUTABLE;
        }
    }

    public static void main(String[] args) {
        Readings readings = new Readings(30_000, 60);
        int windows = (readings.tenthsOfDegree.length + readings.window - 1) / readings.window;
        double mean = StreamSupport.intStream(new WindowSpliterator(readings, 0, windows), true).average().orElse(0);
        int hottest = StreamSupport.intStream(new WindowSpliterator(readings, 0, windows), true).max().orElse(0);
        System.out.printf("%d windows, mean %.1f, max %.1f%n", windows, mean / 10, hottest / 10.0);
    }
}
