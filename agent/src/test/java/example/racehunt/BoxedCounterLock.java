package example.racehunt;

/** The counter locks the boxed Integer it is about to replace: each increment may lock a different object. */
// weft: expect race example.racehunt.BoxedCounterLock.visits threads=visitor-1,visitor-2
public final class BoxedCounterLock {

    private Integer visits = 1000;

    @SuppressWarnings("synchronization") // the bug this program shows
    void visit() {
        synchronized (visits) { // weft: race
            visits = visits + 1; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BoxedCounterLock page = new BoxedCounterLock();
        Runnable visitor = () -> {
            for (int i = 0; i < 100; i++) {
                page.visit();
            }
        };
        Threads.runAll(new String[] {"visitor-1", "visitor-2"}, visitor, visitor);
        System.out.println("visits " + page.visits);
    }
}
