package example.racehunt;

/**
 * A ThreadLocal whose initial value is one shared buffer instead of a new one per thread: every thread
 * gets the same object, and their writes into it race.
 */
// weft: expect race example.racehunt.SharedThreadLocalDefault$Scratch.used threads=parser-1,parser-2
public final class SharedThreadLocalDefault {

    static final class Scratch {
        int used;
    }

    private static final Scratch SHARED = new Scratch();
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(() -> SHARED);

    public static void main(String[] args) throws InterruptedException {
        Runnable parse = () -> {
            for (int i = 0; i < 100; i++) {
                Scratch scratch = SCRATCH.get();
                scratch.used = i; // weft: race
            }
        };
        Threads.runAll(new String[] {"parser-1", "parser-2"}, parse, parse);
        System.out.println("used " + SHARED.used);
    }
}
