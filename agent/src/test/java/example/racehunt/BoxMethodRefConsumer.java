package example.racehunt;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A generic holder is filled through {@code box::set} given to a loader as a {@code Consumer} and read through {@code box::get} given to a view as a {@code Supplier}. */
// weft: expect race example.racehunt.BoxMethodRefConsumer$Box.value threads=loader,view
public final class BoxMethodRefConsumer {

    static final class Box<T> {
        private T value;

        void set(T value) {
            this.value = value; // weft: race
        }

        T get() {
            return value; // weft: race
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
