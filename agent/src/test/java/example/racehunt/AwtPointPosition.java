package example.racehunt;

import java.awt.Point;

/** A game's mover writes a sprite's {@code java.awt.Point} field directly; the renderer reads it. */
// weft: expect race java.awt.Point.x threads=mover,renderer
public final class AwtPointPosition {

    static final class Sprite {
        final Point at = new Point(0, 0);
    }

    public static void main(String[] args) throws InterruptedException {
        Sprite sprite = new Sprite();
        Threads.runAll(new String[] {"mover", "renderer"},
                () -> sprite.at.x = 5, // weft: race
                () -> System.out.println("x " + sprite.at.x)); // weft: race
    }
}
