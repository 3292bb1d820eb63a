package example.racehunt;

/**
 * A request context kept in an {@code InheritableThreadLocal}: a child thread started to prefetch gets the
 * parent's context object itself (not a copy), and both count hops in it without a lock.
 */
// weft: expect race example.racehunt.InheritedRequestContext$Context.hops threads=main,prefetch
public final class InheritedRequestContext {

    static final class Context {
        final String user;
        int hops;

        Context(String user) {
            this.user = user;
        }
    }

    static final InheritableThreadLocal<Context> CONTEXT = new InheritableThreadLocal<>();

    static void hop() {
        CONTEXT.get().hops++; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        CONTEXT.set(new Context("alice"));
        Thread prefetch = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                hop();
            }
        }, "prefetch");
        prefetch.start();
        for (int i = 0; i < 200; i++) {
            hop();
        }
        prefetch.join();
        System.out.println(CONTEXT.get().user + " " + CONTEXT.get().hops);
    }
}
