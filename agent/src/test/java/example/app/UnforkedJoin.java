package example.app;
import java.util.concurrent.RecursiveTask;
/** Joins a fork/join task nobody forked or runs: the JVM would wait forever. */
public final class UnforkedJoin {
    static final class One extends RecursiveTask<Integer> {
        @Override protected Integer compute() { return 1; }
    }
    public static void main(String[] args) {
        One never = new One();
        System.out.println(never.join());
    }
}
