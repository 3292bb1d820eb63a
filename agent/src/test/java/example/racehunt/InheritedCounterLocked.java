package example.racehunt;

/** The twin of InheritedCounter: the subclass bumps the base class's field inside a synchronized method. */
// weft: expect none
public final class InheritedCounterLocked {

    static class Meter {
        protected int count;

        synchronized int read() {
            return count;
        }
    }

    static final class PageMeter extends Meter {
        synchronized void hit() {
            count++;
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
        System.out.println("views " + meter.read());
    }
}
