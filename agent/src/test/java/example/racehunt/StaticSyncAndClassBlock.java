package example.racehunt;

/** A static synchronized method and a synchronized (X.class) block guard one static map size: the same monitor. */
// weft: expect none
public final class StaticSyncAndClassBlock {

    private static int size;

    static synchronized void grow() {
        size++;
    }

    static void shrink() {
        synchronized (StaticSyncAndClassBlock.class) {
            size--;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"grower", "shrinker"},
                () -> {
                    for (int i = 0; i < 300; i++) {
                        grow();
                    }
                },
                () -> {
                    for (int i = 0; i < 300; i++) {
                        shrink();
                    }
                });
        System.out.println("size " + size);
    }
}
