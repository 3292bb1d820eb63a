package example.app;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
/** Tasks forked and waited for by helpQuiesce add to a plain counter: a race, and lost updates on some schedules. */
public final class QuiescenceRace {
    static int count;
    public static void main(String[] args) {
        ForkJoinPool pool = new ForkJoinPool(2);
        pool.invoke(ForkJoinTask.adapt(() -> {
            for (int i = 0; i < 4; i++) {
                ForkJoinTask.adapt(() -> count++).fork();
            }
            ForkJoinTask.helpQuiesce();
        }));
        System.out.println("count " + count);
    }
}
