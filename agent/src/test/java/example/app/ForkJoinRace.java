package example.app;
import java.util.concurrent.RecursiveAction;
/** Fork/join tasks that count their leaves in a plain static field: a race between subtasks. */
public final class ForkJoinRace {
    static int leaves;
    static final class Split extends RecursiveAction {
        final int depth;
        Split(int depth) { this.depth = depth; }
        @Override protected void compute() {
            if (depth == 0) {
                leaves++;
                return;
            }
            invokeAll(new Split(depth - 1), new Split(depth - 1));
        }
    }
    public static void main(String[] args) {
        new Split(2).invoke();
        System.out.println("leaves " + leaves);
    }
}
