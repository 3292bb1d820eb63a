package example.racehunt;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Settings built by a loader and published as a holder whose only field is final, through an
 * AtomicReference; readers use the settings only once they see the holder.
 */
// weft: expect none
public final class FinalHolderPublish {

    static final class Settings {
        int timeout;
        String host;
    }

    static final class Holder {
        final Settings settings;

        Holder(Settings settings) {
            this.settings = settings;
        }
    }

    private static final AtomicReference<Holder> CURRENT = new AtomicReference<>();

    public static void main(String[] args) throws InterruptedException {
        Runnable loader = () -> {
            Settings settings = new Settings();
            settings.timeout = 30;
            settings.host = "example.org";
            CURRENT.set(new Holder(settings));
        };
        Runnable reader = () -> {
            Holder holder;
            while ((holder = CURRENT.get()) == null) {
                Thread.onSpinWait();
            }
            System.out.println(holder.settings.host + ":" + holder.settings.timeout);
        };
        Threads.runAll(new String[] {"loader", "reader-1", "reader-2"}, loader, reader, reader);
    }
}
