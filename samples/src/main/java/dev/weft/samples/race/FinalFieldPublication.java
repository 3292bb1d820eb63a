package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link UnsafePublication}: the loader builds an immutable settings object, all its
 * fields {@code final}, and only then publishes it through a {@code volatile} static field.
 *
 * <p>{@code settings-loader} builds the settings and writes the volatile field; {@code settings-reader}
 * reads the field until it sees them, then reads their port. The volatile write happens-before the read
 * that sees it, so the reader sees the object complete. Final fields alone would not be enough: they make
 * the object's contents safe, but publishing the reference through a plain field would still be a race on
 * that field.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "An immutable object (final fields) is built, then published through a volatile field and"
                + " read by another thread: safe publication, no race.",
        expect = "none",
        twin = "UnsafePublication")
public final class FinalFieldPublication {

    /** Connection settings, immutable: the fix. */
    static final class Settings {
        final String host;
        final int port;

        Settings(String host, int port) {
            this.host = host;
            this.port = port;
        }
    }

    /** The current settings, published here, fully built, for every thread to use. */
    static volatile Settings current;

    private FinalFieldPublication() {
    }

    public static void main(String[] args) throws InterruptedException {
        String[] seen = new String[1];
        Thread loader = new Thread(() -> current = new Settings("db.internal", 5432), "settings-loader");
        Thread reader = new Thread(() -> seen[0] = awaitSettings(), "settings-reader");
        loader.start();
        reader.start();
        loader.join();
        reader.join();
        System.out.println("the reader saw " + seen[0]);
    }

    private static String awaitSettings() {
        Settings settings;
        while ((settings = current) == null) {
            Thread.onSpinWait();
        }
        return settings.host + ":" + settings.port;
    }
}
