package example.racehunt;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Two page renderers load the translations of different languages with {@code computeIfAbsent}, each loader counting
 * its load in a plain static counter: the two loads run at once, so the two increments race.
 */
// weft: expect race example.racehunt.TranslationsComputeIfAbsentCounted.loads threads=render-en,render-fr
public final class TranslationsComputeIfAbsentCounted {

    private static final ConcurrentHashMap<String, String> BUNDLES = new ConcurrentHashMap<>();
    private static int loads;

    static String bundle(String language) {
        return BUNDLES.computeIfAbsent(language, key -> {
            loads++; // weft: race
            return "messages_" + key + ".properties";
        });
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"render-en", "render-fr"}, () -> bundle("en"), () -> bundle("fr"));
        System.out.println(BUNDLES + " loads " + loads);
    }
}
