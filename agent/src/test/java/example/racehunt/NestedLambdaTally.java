package example.racehunt;

import java.util.function.Supplier;

/**
 * A test harness makes each worker's task with a lambda that returns another lambda; the inner one bumps a tally held in
 * an array the outer one captured, and the two workers run their inner lambdas with no lock.
 */
// weft: expect race int[] threads=worker-1,worker-2
public final class NestedLambdaTally {

    public static void main(String[] args) throws InterruptedException {
        int[] tally = new int[1];
        Supplier<Runnable> tasks = () -> () -> {
            for (int i = 0; i < 300; i++) {
                tally[0]++; // weft: race
            }
        };
        Threads.runAll(new String[] {"worker-1", "worker-2"}, tasks.get(), tasks.get());
        System.out.println("tally " + tally[0]);
    }
}
