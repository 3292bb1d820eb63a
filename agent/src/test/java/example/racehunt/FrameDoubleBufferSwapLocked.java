package example.racehunt;

/** The fixed twin of {@code FrameDoubleBufferSwap}: the swap and the display take the screen's lock. */
// weft: expect none
public final class FrameDoubleBufferSwapLocked {

    static final class Screen {
        private int[] front = new int[16];
        private int[] back = new int[16];

        synchronized void render(int frame) {
            int[] drawn = back;
            java.util.Arrays.fill(drawn, frame);
            back = front;
            front = drawn;
        }

        synchronized int show() {
            return front.length;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Screen screen = new Screen();
        Threads.runAll(new String[] {"renderer", "display"}, () -> {
            for (int i = 0; i < 500; i++) {
                screen.render(i);
            }
        }, () -> {
            int pixels = 0;
            for (int i = 0; i < 500; i++) {
                pixels += screen.show();
            }
            System.out.println(pixels);
        });
    }
}
