package example.racehunt;

import java.net.URLClassLoader;

/** The fixed twin of {@code LegacyInnerAccessor}: the handlers count under the server's lock. */
// weft: expect none
public final class LegacyInnerAccessorLocked {

    /** The library's server, loaded again from its Java 8 class files. */
    public static final class Server {
        private int requests;

        /** Handles requests for the server. */
        public final class Handler implements Runnable {
            @Override
            public void run() {
                for (int i = 0; i < 200; i++) {
                    synchronized (Server.this) {
                        requests++;
                    }
                }
            }
        }

        public Runnable handler() {
            return new Handler();
        }
    }

    public static void main(String[] args) throws Exception {
        try (URLClassLoader library = LegacyInnerAccessor.compiledForJava8(LegacyInnerAccessorLocked.class)) {
            Object server = library.loadClass(Server.class.getName()).getConstructor().newInstance();
            Runnable a = (Runnable) server.getClass().getMethod("handler").invoke(server);
            Runnable b = (Runnable) server.getClass().getMethod("handler").invoke(server);
            Threads.runAll(new String[] {"http-1", "http-2"}, a, b);
        }
        System.out.println("done");
    }
}
