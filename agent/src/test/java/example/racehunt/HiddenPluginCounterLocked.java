package example.racehunt;

/** The fixed twin of {@code HiddenPluginCounter}: the hidden plugin class counts under the instance's lock. */
// weft: expect none
public final class HiddenPluginCounterLocked {

    /** The plugin, whose class file the host defines again as a hidden class. */
    public static final class AuditPlugin implements Runnable {
        private int handled;

        @Override
        public void run() {
            for (int i = 0; i < 200; i++) {
                synchronized (this) {
                    handled++;
                }
            }
        }

        @Override
        public synchronized String toString() {
            return "handled " + handled;
        }
    }

    public static void main(String[] args) throws Exception {
        Runnable plugin = (Runnable) HiddenPluginCounter.hidden(AuditPlugin.class).getConstructor().newInstance();
        Threads.runAll(new String[] {"request-1", "request-2"}, plugin, plugin);
        System.out.println(plugin);
    }
}
