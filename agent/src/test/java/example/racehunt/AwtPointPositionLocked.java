package example.racehunt;

import java.awt.Point;

/** Twin of {@code AwtPointPosition}: the mover and the renderer use the sprite's {@code java.awt.Point} under its lock. Correct: no finding. */
// weft: expect none
public final class AwtPointPositionLocked {

    static final class Sprite {
        final Point at = new Point(0, 0);
    }

    public static void main(String[] args) throws InterruptedException {
        Sprite sprite = new Sprite();
        Threads.runAll(new String[] {"mover", "renderer"},
                () -> {
                    synchronized (sprite) {
                        sprite.at.x = 5;
                        sprite.at.translate(1, 1);
                    }
                },
                () -> {
                    synchronized (sprite) {
                        System.out.println("at " + sprite.at.x + "," + sprite.at.y);
                    }
                });
    }
}
