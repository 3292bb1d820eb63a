package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * A settings object is published in a plain static field before it is fully initialized, and a loader
 * thread fills in its non-final {@code port} while a reader thread already uses it.
 *
 * <p>{@code main} publishes a {@code Settings} with only its host set, then starts {@code settings-loader},
 * which writes the port, and {@code settings-reader}, which reads it through the published reference. The
 * publication itself is ordered before both threads by {@code start()}; what is not ordered is the
 * loader's write of the non-final field and the reader's read of it. The reader may see port 0 or 5432:
 * it sees a half-initialized object.
 *
 * <p><b>What weft reports</b>: a race on {@code Settings.port} between {@code settings-loader}, which
 * writes it, and {@code settings-reader}, which reads it. The reads of the static field {@code current}
 * are not part of it: its only write, by {@code main}, happens before both threads start.
 *
 * <p><b>The fix</b>: {@link FinalFieldPublication} builds an immutable {@code Settings} (final fields
 * only) and publishes it, fully built, through a {@code volatile} field.
 */
@Sample(
        shows = "An object is published in a plain static field before its non-final field is filled in;"
                + " another thread reads that field: it can see the object half-initialized, a data race.",
        expect = "race",
        field = "dev.weft.samples.race.UnsafePublication$Settings.port",
        threads = {"settings-loader", "settings-reader"},
        twin = "FinalFieldPublication")
public final class UnsafePublication {

    /** Connection settings whose port is filled in after the object is published: the bug. */
    static final class Settings {
        final String host;
        int port;

        Settings(String host) {
            this.host = host;
        }
    }

    /** The current settings, published here for every thread to use. */
    static Settings current;

    private UnsafePublication() {
    }

    public static void main(String[] args) throws InterruptedException {
        current = new Settings("db.internal");
        int[] seenPort = new int[1];
        Thread loader = new Thread(() -> load(current), "settings-loader");
        Thread reader = new Thread(() -> seenPort[0] = port(current), "settings-reader");
        loader.start();
        reader.start();
        loader.join();
        reader.join();
        System.out.println("the reader saw " + current.host + ":" + seenPort[0]
                + (seenPort[0] == 0 ? " (half-initialized)" : ""));
    }

    private static void load(Settings settings) {
        settings.port = 5432; // weft: race
    }

    private static int port(Settings settings) {
        return settings.port; // weft: race
    }
}
