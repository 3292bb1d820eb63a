package example.app;

import java.security.Security;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A static singleton made lazily with a check-then-act: two threads that both find it missing each make one, and the
 * constructor's count of registries made (a plain static field) is then written by both without order: a race that
 * only that interleaving shows, and only while the singleton is still missing, so only with fresh static state. It
 * counts its runs in the JVM in a security property, which outlives its classes: {@code run N in this JVM}. As it ends it
 * sets a system property, the default locale and the default time zone; a run that finds them set, which a fresh JVM
 * never does, registers from a third thread, so its schedule differs from a fresh JVM's.
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
                || TimeZone.getDefault().getID().equals("Pacific/Chatham");
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
        String runs = Security.getProperty("example.app.runs");
        int run = (runs == null ? 0 : Integer.parseInt(runs)) + 1;
        Security.setProperty("example.app.runs", Integer.toString(run));
        System.setProperty("example.app.registered", "yes");
        Locale.setDefault(Locale.CANADA_FRENCH);
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
        System.out.println("registered " + registry().names.size() + ", run " + run + " in this JVM"
                + (leftBehind ? ", with the properties, locale or time zone of an earlier run" : ""));
    }
}
