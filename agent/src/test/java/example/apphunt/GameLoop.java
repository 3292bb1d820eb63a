package example.apphunt;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A game: an input thread queues key presses, the loop thread applies them to the world, renders and
 * counts frames, and the main thread ends the game by clearing a {@code running} flag that is not
 * {@code volatile}.
 */
// weft: expect race example.apphunt.GameLoop$Engine.running threads=game-loop,main
public final class GameLoop {

    static final class World {
        int playerX;
        int playerY;

        void apply(char key) {
            switch (key) {
                case 'w' -> playerY--;
                case 's' -> playerY++;
                case 'a' -> playerX--;
                default -> playerX++;
            }
        }
    }

    static final class Engine implements Runnable {
        private final Queue<Character> input = new ConcurrentLinkedQueue<>();
        private final World world = new World();
        private final AtomicLong frames = new AtomicLong();
        private boolean running = true;

        @Override
        public void run() {
            while (running) { // weft: race
                for (Character key = input.poll(); key != null; key = input.poll()) {
                    world.apply(key);
                }
                frames.incrementAndGet();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Engine engine = new Engine();
        Thread loop = new Thread(engine, "game-loop");
        Thread keyboard = new Thread(() -> {
            for (char key : "wwddssaad".toCharArray()) {
                engine.input.add(key);
                Thread.onSpinWait();
            }
        }, "keyboard");
        loop.start();
        keyboard.start();
        keyboard.join();
        Thread.sleep(20);
        engine.stop();
        loop.join();
        System.out.println(engine.frames.get() + " frames, player at " + engine.world.playerX + "," + engine.world.playerY);
    }
}
