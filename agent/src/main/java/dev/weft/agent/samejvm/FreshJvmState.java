package dev.weft.agent.samejvm;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;

/**
 * What a fresh JVM has at the start of {@code main} that a program may change for the rest of its JVM: the system
 * properties, the default locales and the default time zone. Taken once before the first schedule and put back before
 * each, so that a schedule sees them as in a fresh JVM whatever the schedules before it set.
 */
final class FreshJvmState {

    private final Properties properties;
    private final Properties original; // the JVM's own object, which a program may have replaced (System.setProperties)
    private final Locale locale;
    private final Locale formatLocale;
    private final Locale displayLocale;
    private final TimeZone timeZone;

    private FreshJvmState() {
        original = System.getProperties();
        properties = (Properties) original.clone();
        locale = Locale.getDefault();
        formatLocale = Locale.getDefault(Locale.Category.FORMAT);
        displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
        timeZone = TimeZone.getDefault();
    }

    /** The state now. */
    static FreshJvmState now() {
        return new FreshJvmState();
    }

    /** Puts the state back: properties set since are removed, changed ones get their value again. */
    void restore() {
        if (System.getProperties() != original) {
            System.setProperties(original);
        }
        Properties current = original;
        current.keySet().removeIf(key -> !properties.containsKey(key));
        for (Map.Entry<Object, Object> entry : properties.entrySet()) {
            if (!entry.getValue().equals(current.get(entry.getKey()))) {
                current.put(entry.getKey(), entry.getValue());
            }
        }
        Locale.setDefault(locale);
        Locale.setDefault(Locale.Category.FORMAT, formatLocale);
        Locale.setDefault(Locale.Category.DISPLAY, displayLocale);
        TimeZone.setDefault(timeZone);
    }
}
