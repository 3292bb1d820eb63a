package example.racehunt;

import java.util.concurrent.CountDownLatch;

/** A generic box set by a loader thread and peeked at by a UI thread, both after a common start signal. */
// weft: expect race example.racehunt.GenericBoxPeek$Box.value threads=loader,ui
public final class GenericBoxPeek {

    static final class Box<T> {
        private T value;

        void set(T value) {
            this.value = value; // weft: race
        }

        T peek() {
            return value; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Box<String> box = new Box<>();
        CountDownLatch go = new CountDownLatch(1);
        Runnable loader = () -> {
            await(go);
            box.set("loaded");
        };
        Runnable ui = () -> {
            await(go);
            System.out.println("shows " + box.peek());
        };
        Thread starter = new Thread(go::countDown, "starter");
        starter.start();
        Threads.runAll(new String[] {"loader", "ui"}, loader, ui);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
