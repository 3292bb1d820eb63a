package example.racehunt;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;

/**
 * A plugin host defines each plugin's class as a hidden class ({@code Lookup.defineHiddenClass}, as proxy and
 * script generators do, so the class can be unloaded); the plugin counts the requests it handles in a plain
 * field, and two request threads call the one instance without a lock.
 */
// weft: expect race example.racehunt.HiddenPluginCounter$AuditPlugin.handled threads=request-1,request-2
public final class HiddenPluginCounter {

    /** The plugin, whose class file the host defines again as a hidden class. */
    public static final class AuditPlugin implements Runnable {
        private int handled;

        @Override
        public void run() {
            for (int i = 0; i < 200; i++) {
                handled++; // weft: race
            }
        }

        @Override
        public String toString() {
            return "handled " + handled;
        }
    }

    public static void main(String[] args) throws Exception {
        Runnable plugin = (Runnable) hidden(AuditPlugin.class).getConstructor().newInstance();
        Threads.runAll(new String[] {"request-1", "request-2"}, plugin, plugin);
        System.out.println(plugin);
    }

    static Class<?> hidden(Class<?> type) throws IOException, IllegalAccessException {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getPackageName().length() + 1) + ".class")) {
            byte[] classFile = in.readAllBytes();
            return MethodHandles.lookup().defineHiddenClass(classFile, true).lookupClass();
        }
    }
}
