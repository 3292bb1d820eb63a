package example.app;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;
/** A counted completer and the leaf it forks add to a plain counter: a race, and a lost update on some schedules. */
public final class CompleterRace {
    static int count;
    static final class Leaves extends CountedCompleter<Void> {
        private static final long serialVersionUID = 1L;
        final boolean leaf;
        Leaves(CountedCompleter<?> parent, boolean leaf) {
            super(parent);
            this.leaf = leaf;
        }
        @Override public void compute() {
            if (!leaf) {
                setPendingCount(1);
                new Leaves(this, true).fork();
            }
            count++;
            tryComplete();
        }
    }
    public static void main(String[] args) {
        new ForkJoinPool(2).invoke(new Leaves(null, false));
        System.out.println("count " + count);
    }
}
