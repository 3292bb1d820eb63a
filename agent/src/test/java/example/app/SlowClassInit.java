package example.app;
import java.math.BigInteger;
/**
 * A class whose static initializer computes for about a second in JDK code (no scheduling point), while
 * another thread waits for its turn: the initializing thread keeps its CPU, and the run stays replayable.
 */
public final class SlowClassInit {
    static final class Table {
        static final int DIGITS = BigInteger.valueOf(3).pow(Integer.getInteger("slow.power", 600_000)).toString().length();
    }
    static int seen;
    public static void main(String[] args) throws Exception {
        Thread other = new Thread(() -> { synchronized (SlowClassInit.class) { seen++; } }, "other");
        other.start();
        int digits = Table.DIGITS;
        other.join();
        synchronized (SlowClassInit.class) { System.out.println("digits " + digits + " seen " + seen); }
    }
}
