package example.racehunt;

import java.util.ArrayList;
import java.util.List;

/**
 * Plugins register themselves in a registry from their static initializers; a status thread reads the
 * registry after it used the plugin class. The JVM's initialization lock orders the initializer before
 * that use, whichever thread ran it: correct, with no lock of its own.
 */
// weft: expect none
public final class PluginCountAfterLoad {

    static final class Registry {
        static int count;
        static final List<String> NAMES = new ArrayList<>();
    }

    static final class MetricsPlugin {
        static final String NAME = "metrics";

        static {
            Registry.count++;
            Registry.NAMES.add(NAME.toUpperCase());
        }

        static String describe() {
            return NAME;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String[] seen = new String[2];
        Threads.runAll(new String[] {"loader", "status"},
                () -> seen[0] = MetricsPlugin.describe() + " " + Registry.count,
                () -> seen[1] = MetricsPlugin.describe() + " " + Registry.count + " " + Registry.NAMES);
        System.out.println(seen[0] + "; " + seen[1]);
    }
}
