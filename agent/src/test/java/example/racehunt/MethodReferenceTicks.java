package example.racehunt;

/** A clock whose tick method is handed to two threads as a method reference; tick is not synchronized. */
// weft: expect race example.racehunt.MethodReferenceTicks.ticks threads=ticker-1,ticker-2
public final class MethodReferenceTicks {

    private long ticks;

    void tick() {
        for (int i = 0; i < 1_000; i++) {
            ticks = ticks + 1; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        MethodReferenceTicks clock = new MethodReferenceTicks();
        Threads.runAll(new String[] {"ticker-1", "ticker-2"}, clock::tick, clock::tick);
        System.out.println("ticks " + clock.ticks);
    }
}
