package dev.weft.agent.samejvm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.security.Security;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.logging.LogManager;

/**
 * What a fresh JVM has at the start of {@code main} that a program may change for the rest of its JVM: the system
 * properties, the security properties, the default locales and the default time zone, the configuration of
 * {@code java.util.logging}, and an empty standard input. Taken once before the first schedule and put back before
 * each, so that a schedule sees them as in a fresh JVM whatever the schedules before it set. (Standard output and
 * error are the schedule's own files, set by the launcher.)
 */
final class FreshJvmState {

    private final Properties properties;
    private final Properties original; // the JVM's own object, which a program may have replaced (System.setProperties)
    private final Locale locale;
    private final Locale formatLocale;
    private final Locale displayLocale;
    private final TimeZone timeZone;
    /** The JDK's table of security properties (which {@link Security} does not list), or {@code null} when not readable. */
    private final Properties security;
    private final Properties securityBefore;

    private FreshJvmState() {
        original = System.getProperties();
        properties = (Properties) original.clone();
        locale = Locale.getDefault();
        formatLocale = Locale.getDefault(Locale.Category.FORMAT);
        displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
        timeZone = TimeZone.getDefault();
        security = securityProperties();
        securityBefore = security == null ? null : (Properties) security.clone();
    }

    /**
     * The JDK's own {@code Security.props}, which the agent opens to weft ({@code java.security}); {@code null} when that
     * failed, and the security properties are then not put back.
     */
    private static Properties securityProperties() {
        try {
            Security.getProperty("securerandom.source"); // initializes the table, as any first use does
            Field props = Security.class.getDeclaredField("props");
            props.setAccessible(true);
            return (Properties) props.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The state now. */
    static FreshJvmState now() {
        return new FreshJvmState();
    }

    /**
     * Puts the state back: properties set since are removed, changed ones get their value again, the logging
     * configuration is read again as at the JVM's start, and standard input is empty again.
     */
    void restore() {
        if (System.getProperties() != original) {
            System.setProperties(original);
        }
        putBack(original, properties);
        if (security != null) {
            putBack(security, securityBefore);
        }
        Locale.setDefault(locale);
        Locale.setDefault(Locale.Category.FORMAT, formatLocale);
        Locale.setDefault(Locale.Category.DISPLAY, displayLocale);
        TimeZone.setDefault(timeZone);
        try {
            LogManager.getLogManager().readConfiguration(); // resets every logger's level and handlers, then reads the JVM's file
        } catch (IOException | RuntimeException e) {
            System.err.println("weft: could not reset java.util.logging for this schedule (" + e + ")");
        }
        System.setIn(new ByteArrayInputStream(new byte[0]));
    }

    /** Makes {@code current} hold what {@code before} held: keys added since removed, changed values put back. */
    private static void putBack(Properties current, Properties before) {
        current.keySet().removeIf(key -> !before.containsKey(key));
        for (Map.Entry<Object, Object> entry : before.entrySet()) {
            if (!entry.getValue().equals(current.get(entry.getKey()))) {
                current.put(entry.getKey(), entry.getValue());
            }
        }
    }
}
