package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The correct twin of {@link TranslationsComputeIfAbsentCounted}: the loads are counted in an {@code AtomicInteger},
 * and each renderer then reads, through {@code get}, the bundle object the other's loader built.
 */
// weft: expect none
public final class TranslationsComputeIfAbsentAtomic {

    static final class Bundle {
        String file;
        int entries;
    }

    private static final ConcurrentHashMap<String, Bundle> BUNDLES = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    static void render(String language, String other) {
        BUNDLES.computeIfAbsent(language, key -> {
            LOADS.incrementAndGet();
            Bundle bundle = new Bundle();
            bundle.file = "messages_" + key + ".properties";
            bundle.entries = key.length() * 10;
            return bundle;
        });
        Bundle seen;
        while ((seen = BUNDLES.get(other)) == null) {
            Thread.onSpinWait();
        }
        System.out.println(language + " sees " + seen.file + " " + seen.entries);
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"render-en", "render-fr"}, () -> render("en", "fr"), () -> render("fr", "en"));
        System.out.println(BUNDLES.size() + " loads " + LOADS.get());
    }
}
