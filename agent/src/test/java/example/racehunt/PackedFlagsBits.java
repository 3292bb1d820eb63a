package example.racehunt;

/**
 * A widget packs its state bits into one {@code int}; the editor thread sets the dirty bit while the layout thread
 * clears the needs-layout bit, each a read-modify-write of the whole word with no lock, so one can undo the other.
 */
// weft: expect race example.racehunt.PackedFlagsBits$Widget.flags threads=editor,layout
public final class PackedFlagsBits {

    static final class Widget {
        static final int DIRTY = 1;
        static final int NEEDS_LAYOUT = 2;
        int flags = NEEDS_LAYOUT;

        void edited() {
            flags |= DIRTY; // weft: race
        }

        void laidOut() {
            flags &= ~NEEDS_LAYOUT; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Widget widget = new Widget();
        Threads.runAll(new String[] {"editor", "layout"}, () -> {
            for (int i = 0; i < 200; i++) {
                widget.edited();
            }
        }, () -> {
            for (int i = 0; i < 200; i++) {
                widget.laidOut();
            }
        });
        System.out.println("flags " + widget.flags);
    }
}
