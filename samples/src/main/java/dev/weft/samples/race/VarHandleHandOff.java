package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A configuration loaded by one thread and published with a release write through a {@link VarHandle};
 * a client thread reads it with acquire reads until it is there.
 *
 * <p>{@code Config}'s fields are plain, and so is the {@code Cache.config} field that holds it, but that
 * field is only ever accessed through the {@code VarHandle}. {@code config-loader} fills in a config and
 * publishes it with {@code setRelease}; {@code client} polls with {@code getAcquire} until it sees it, then
 * reads its fields. A release write is ordered before an acquire read that sees it, together with
 * everything before the write: that is the only thing ordering the loader's writes with the client's
 * reads. It is the lightest correct way to publish a lazily created object, where
 * {@link DoubleCheckedLockingBroken} uses a plain field.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model VarHandle release/acquire would
 * wrongly report a race on {@code Config.endpoint} or {@code Config.timeoutMillis}.
 */
@Sample(
        shows = "A loader publishes an object with plain fields by VarHandle.setRelease; a client reads it with"
                + " getAcquire: release/acquire orders the writes before the reads, no race.",
        expect = "none",
        twin = "DoubleCheckedLockingBroken")
public final class VarHandleHandOff {

    private static final VarHandle CONFIG;

    static {
        try {
            CONFIG = MethodHandles.lookup().findVarHandle(Cache.class, "config", Config.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private VarHandleHandOff() {
    }

    /** Connection settings, filled in before they are published. */
    static final class Config {
        String endpoint;
        int timeoutMillis;
    }

    /** Holds the published config; {@code config} is accessed only through {@code CONFIG}. */
    static final class Cache {
        Config config;
    }

    public static void main(String[] args) throws InterruptedException {
        Cache cache = new Cache();
        String[] seen = new String[1];
        Thread loader = new Thread(() -> {
            Config config = new Config();
            config.endpoint = "https://config.internal/v2";
            config.timeoutMillis = 250;
            CONFIG.setRelease(cache, config);
        }, "config-loader");
        Thread client = new Thread(() -> {
            Config config;
            while ((config = (Config) CONFIG.getAcquire(cache)) == null) {
                Thread.onSpinWait();
            }
            seen[0] = config.endpoint + " (timeout " + config.timeoutMillis + " ms)";
        }, "client");
        loader.start();
        client.start();
        loader.join();
        client.join();
        System.out.println("the client uses " + seen[0]);
    }
}
