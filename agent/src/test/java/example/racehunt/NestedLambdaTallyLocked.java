package example.racehunt;

import java.util.function.Supplier;

/** The fixed twin of {@code NestedLambdaTally}: the inner lambda bumps the tally under the array's lock. */
// weft: expect none
public final class NestedLambdaTallyLocked {

    public static void main(String[] args) throws InterruptedException {
        int[] tally = new int[1];
        Supplier<Runnable> tasks = () -> () -> {
            for (int i = 0; i < 300; i++) {
                synchronized (tally) {
                    tally[0]++;
                }
            }
        };
        Threads.runAll(new String[] {"worker-1", "worker-2"}, tasks.get(), tasks.get());
        System.out.println("tally " + tally[0]);
    }
}
