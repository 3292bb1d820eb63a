package example.app;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Security;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A static singleton made lazily with a check-then-act: two threads that both find it missing each make one, and the
 * constructor's count of registries made (a plain static field) is then written by both without order: a race that
 * only that interleaving shows, and only while the singleton is still missing, so only with fresh static state. It
 * counts its runs in the JVM in the cookies of the JVM's default cookie handler, which outlives its classes (and which weft
 * does not reset): {@code run N in this JVM}. As it ends it sets a system property, a security property, the default
 * locale and time zone, a logger's level, and its standard input and output; a run that finds any of them set, which a
 * fresh JVM never does, registers from a third thread, so its schedule differs from a fresh JVM's.
 */
public final class LazyRegistry {
    private static volatile LazyRegistry instance;
    static int made;

    private final List<String> names = Collections.synchronizedList(new ArrayList<>());

    private LazyRegistry() {
        made++;
    }

    static LazyRegistry registry() {
        LazyRegistry registry = instance;
        if (registry == null) {
            registry = new LazyRegistry();
            instance = registry;
        }
        return registry;
    }

    public static void main(String[] args) throws Exception {
        boolean leftBehind = System.getProperty("example.app.registered") != null || Locale.getDefault().equals(Locale.CANADA_FRENCH)
                || TimeZone.getDefault().getID().equals("Pacific/Chatham") || Security.getProperty("example.app.registered") != null
                || Logger.getLogger("example.app").getLevel() != null || System.in.read() != -1;
        Thread first = new Thread(() -> registry().names.add("first"));
        Thread second = new Thread(() -> registry().names.add("second"));
        Thread third = new Thread(() -> registry().names.add("third"));
        first.start();
        second.start();
        if (leftBehind) {
            third.start();
            third.join();
        }
        first.join();
        second.join();
        System.out.println("registered " + registry().names.size() + ", run " + countRun() + " in this JVM"
                + (leftBehind ? ", with the state of an earlier run" : ""));
        System.setProperty("example.app.registered", "yes");
        Security.setProperty("example.app.registered", "yes");
        Locale.setDefault(Locale.CANADA_FRENCH);
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
        Logger.getLogger("example.app").setLevel(Level.FINE);
        System.setIn(new ByteArrayInputStream("left behind".getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    }

    /** This run's number in the JVM: one more cookie in the JVM's default cookie handler. */
    private static int countRun() {
        if (CookieHandler.getDefault() == null) {
            CookieHandler.setDefault(new CookieManager());
        }
        var cookies = ((CookieManager) CookieHandler.getDefault()).getCookieStore();
        int run = cookies.getCookies().size() + 1;
        cookies.add(URI.create("http://example.app/"), new HttpCookie("run" + run, "yes"));
        return run;
    }
}
