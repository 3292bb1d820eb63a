package example.apphunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Request contexts carried to pool threads by an {@code InheritableThreadLocal}: a thread a pool makes inherits
 * the context of the thread whose call made it, through {@code childValue}, which copies it; the request thread
 * then goes on changing its own context while the tasks read their copies. The pools use the JDK's default
 * thread factory.
 */
// weft: expect none
public final class RequestContextsFixed {
    static final class Context {
        String user;
        int depth;

        Context(String user, int depth) {
            this.user = user;
            this.depth = depth;
        }
    }

    static final InheritableThreadLocal<Context> CONTEXT = new InheritableThreadLocal<>() {
        @Override
        protected Context childValue(Context parent) {
            Context copy = new Context(parent.user, parent.depth + 1);
            copy.user = parent.user + "/worker";
            return copy;
        }
    };

    public static void main(String[] args) throws Exception {
        CONTEXT.set(new Context("alice", 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        ExecutorService cached = Executors.newCachedThreadPool();
        Future<String> audited = pool.submit(() -> CONTEXT.get().user + "@" + CONTEXT.get().depth);
        Future<String> billed = cached.submit(() -> CONTEXT.get().user + "@" + CONTEXT.get().depth);
        CONTEXT.get().user = "alice (signed out)";
        System.out.println(audited.get() + ", " + billed.get() + ", now " + CONTEXT.get().user);
        pool.shutdown();
        cached.shutdown();
    }
}
