package example.racehunt;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** The fixed twin of {@code BoxMethodRefConsumer}: the holder's accessors are {@code synchronized}. */
// weft: expect none
public final class BoxMethodRefConsumerLocked {

    static final class Box<T> {
        private T value;

        synchronized void set(T value) {
            this.value = value;
        }

        synchronized T get() {
            return value;
        }
    }

    static void load(Consumer<String> sink) {
        for (int i = 0; i < 300; i++) {
            sink.accept("row-" + i);
        }
    }

    static int show(Supplier<String> source) {
        int shown = 0;
        for (int i = 0; i < 300; i++) {
            String row = source.get();
            shown += row == null ? 0 : 1;
        }
        return shown;
    }

    public static void main(String[] args) throws InterruptedException {
        Box<String> box = new Box<>();
        int[] shown = new int[1];
        Threads.runAll(new String[] {"loader", "view"}, () -> load(box::set), () -> shown[0] = show(box::get));
        System.out.println(shown[0]);
    }
}
