package example.racehunt;

/** A renderer draws into the back frame and swaps the two frame references in plain fields; a display thread shows the front one. */
// weft: expect race example.racehunt.FrameDoubleBufferSwap$Screen.front threads=display,renderer
public final class FrameDoubleBufferSwap {

    static final class Screen {
        private int[] front = new int[16];
        private int[] back = new int[16];

        void render(int frame) {
            int[] drawn = back;
            java.util.Arrays.fill(drawn, frame);
            back = front;
            front = drawn; // weft: race
        }

        int show() {
            return front.length; // weft: race
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
