package example.apphunt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Request contexts carried to pool threads by an {@code InheritableThreadLocal}: a thread a pool makes inherits
 * the context of the thread whose call made it, but this one has no {@code childValue}: the pool threads share
 * the request thread's context object, which it goes on changing while the tasks read it. The pools use the
 * JDK's default thread factory.
 */
// weft: expect race example.apphunt.RequestContexts$Context.user threads=main,pool-*-thread-*
public final class RequestContexts {
    static final class Context {
        String user;
        int depth;

        Context(String user, int depth) {
            this.user = user;
            this.depth = depth;
        }
    }

    static final InheritableThreadLocal<Context> CONTEXT = new InheritableThreadLocal<>();

    public static void main(String[] args) throws Exception {
        CONTEXT.set(new Context("alice", 0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        ExecutorService cached = Executors.newCachedThreadPool();
        Future<String> audited = pool.submit(() -> CONTEXT.get().user + "@" + CONTEXT.get().depth); // weft: race
        Future<String> billed = cached.submit(() -> CONTEXT.get().user + "@" + CONTEXT.get().depth); // weft: race
        CONTEXT.get().user = "alice (signed out)"; // weft: race
        System.out.println(audited.get() + ", " + billed.get() + ", now " + CONTEXT.get().user);
        pool.shutdown();
        cached.shutdown();
    }
}
