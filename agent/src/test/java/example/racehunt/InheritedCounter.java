package example.racehunt;

/** Page views kept in a field of the base class and bumped through the subclass by two request threads, unlocked. */
// weft: expect race example.racehunt.InheritedCounter$Meter.count threads=request-1,request-2
public final class InheritedCounter {

    static class Meter {
        protected int count;
    }

    static final class PageMeter extends Meter {
        void hit() {
            count++; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PageMeter meter = new PageMeter();
        Runnable views = () -> {
            for (int i = 0; i < 1_000; i++) {
                meter.hit();
            }
        };
        Threads.runAll(new String[] {"request-1", "request-2"}, views, views);
        System.out.println("views " + meter.count);
    }
}
