package example.racehunt;

/**
 * The fixed {@link InheritedRequestContext}: the {@code InheritableThreadLocal} gives each child a copy
 * ({@code childValue}), the parent's context is set before the children start, a per-thread
 * {@code ThreadLocal} scratch array is never shared, and the parent reads the children's results after
 * {@code join}: nothing to report.
 */
// weft: expect none
public final class InheritedRequestContextCopied {

    static final class Context {
        final String user;
        int hops;

        Context(String user, int hops) {
            this.user = user;
            this.hops = hops;
        }
    }

    static final InheritableThreadLocal<Context> CONTEXT = new InheritableThreadLocal<>() {
        @Override
        protected Context childValue(Context parent) {
            return new Context(parent.user, parent.hops);
        }
    };
    static final ThreadLocal<int[]> SCRATCH = ThreadLocal.withInitial(() -> new int[4]);
    static final int[] results = new int[3];

    public static void main(String[] args) throws InterruptedException {
        CONTEXT.set(new Context("alice", 1));
        Thread[] children = new Thread[results.length];
        for (int t = 0; t < children.length; t++) {
            int slot = t;
            children[t] = new Thread(() -> {
                int[] scratch = SCRATCH.get();
                for (int i = 0; i < 100; i++) {
                    CONTEXT.get().hops++;
                    scratch[i % scratch.length] += CONTEXT.get().user.length();
                }
                results[slot] = CONTEXT.get().hops + scratch[0];
            }, "prefetch-" + t);
            children[t].start();
        }
        for (int i = 0; i < 100; i++) {
            CONTEXT.get().hops++;
        }
        for (Thread child : children) {
            child.join();
        }
        System.out.println(CONTEXT.get().hops + " " + results[0] + results[1] + results[2]);
    }
}
