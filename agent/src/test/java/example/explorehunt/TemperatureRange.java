package example.explorehunt;

/**
 * An atomicity violation across two volatile fields (the number range of "Java Concurrency in Practice"):
 * each setter checks the other bound, then writes its own; a thread raising the lower bound and one lowering
 * the upper bound can both pass their checks, and the range ends with its lower bound above its upper one.
 * No data race: every access is volatile.
 */
// weft: expect failure
public final class TemperatureRange {

    private static volatile int lower = 0;
    private static volatile int upper = 10;

    static void setLower(int value) {
        if (value > upper) {
            throw new IllegalArgumentException("lower " + value + " above upper " + upper);
        }
        lower = value;
    }

    static void setUpper(int value) {
        if (value < lower) {
            throw new IllegalArgumentException("upper " + value + " below lower " + lower);
        }
        upper = value;
    }

    public static void main(String[] args) throws InterruptedException {
        Thread heating = new Thread(() -> setLower(5), "heating");
        Thread cooling = new Thread(() -> setUpper(4), "cooling");
        heating.start();
        cooling.start();
        heating.join();
        cooling.join();
        if (lower > upper) {
            throw new AssertionError("range [" + lower + ", " + upper + "] is empty");
        }
        System.out.println("range [" + lower + ", " + upper + "]");
    }
}
