package example.racehunt;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.ToolProvider;

/**
 * A server from a library compiled for Java 8: its request handler, an inner class, bumps the server's private
 * counter through the accessor {@code javac} then generated ({@code access$008}); two threads run handlers. The
 * program compiles its own source with {@code --release 8} (so it keeps to Java 8) and loads the server from there.
 */
// weft: expect race example.racehunt.LegacyInnerAccessor$Server.requests threads=http-1,http-2
public final class LegacyInnerAccessor {

    /** The library's server, loaded again from its Java 8 class files. */
    public static final class Server {
        private int requests;

        /** Handles requests for the server. */
        public final class Handler implements Runnable {
            @Override
            public void run() {
                for (int i = 0; i < 200; i++) {
                    requests++; // weft: race
                }
            }
        }

        public Runnable handler() {
            return new Handler();
        }
    }

    public static void main(String[] args) throws Exception {
        try (URLClassLoader library = compiledForJava8(LegacyInnerAccessor.class)) {
            Object server = library.loadClass(Server.class.getName()).getConstructor().newInstance();
            Runnable a = (Runnable) server.getClass().getMethod("handler").invoke(server);
            Runnable b = (Runnable) server.getClass().getMethod("handler").invoke(server);
            Threads.runAll(new String[] {"http-1", "http-2"}, a, b);
        }
        System.out.println("done");
    }

    /** A loader of the classes of {@code program}'s source (in the test sources), compiled for Java 8. */
    static URLClassLoader compiledForJava8(Class<?> program) throws Exception {
        Path source = Paths.get("src/test/java", program.getName().replace('.', '/') + ".java"); // Java 8 has no Path.of
        Path classes = Files.createTempDirectory("java8");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "8", "-nowarn",
                "-cp", System.getProperty("java.class.path"), "-d", classes.toString(), source.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed on " + source);
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getSystemClassLoader().getParent());
    }
}
