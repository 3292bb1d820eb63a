package example.racehunt;

/** The fixed twin of {@code PackedFlagsBits}: each bit is changed under the widget's lock. */
// weft: expect none
public final class PackedFlagsBitsLocked {

    static final class Widget {
        static final int DIRTY = 1;
        static final int NEEDS_LAYOUT = 2;
        int flags = NEEDS_LAYOUT;

        synchronized void edited() {
            flags |= DIRTY;
        }

        synchronized void laidOut() {
            flags &= ~NEEDS_LAYOUT;
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
