package dev.weft.agent.instrument;

import java.util.List;
import java.util.Map;

/**
 * Which calls on the JDK's non-thread-safe classes other than its collections (date and number formats, calendars,
 * a regular expression's {@code Matcher}, {@code MessageDigest}, checksums, {@code Formatter}, {@code Scanner}: see
 * {@code dev.weft.runtime.NonThreadSafeJdkTypes}) change the object, by the call's static type and name. A
 * format's {@code format} and {@code parse} write: they keep their work in the format's own calendar or digits.
 * A call not listed reads, so that a doubt costs a missed race, never a false one.
 */
final class JdkObjectCalls {

    private static final List<String> FORMAT = List.of("format*", "parse*", "set*", "apply*");
    private static final List<String> CALENDAR = List.of("set*", "add", "roll", "clear");
    private static final List<String> CHECKSUM = List.of("update", "reset");

    /** The writing calls of each static type: a name, or a prefix ending in {@code *}. */
    private static final Map<String, List<String>> WRITES = Map.ofEntries(
            Map.entry("java/text/Format", FORMAT), Map.entry("java/text/DateFormat", FORMAT),
            Map.entry("java/text/SimpleDateFormat", FORMAT), Map.entry("java/text/NumberFormat", FORMAT),
            Map.entry("java/text/DecimalFormat", FORMAT), Map.entry("java/text/MessageFormat", FORMAT),
            Map.entry("java/util/Calendar", CALENDAR), Map.entry("java/util/GregorianCalendar", CALENDAR),
            Map.entry("java/util/regex/Matcher", List.of("find", "matches", "lookingAt", "reset", "region", "use*",
                    "appendReplacement", "appendTail", "replaceAll", "replaceFirst", "results")),
            Map.entry("java/security/MessageDigest", List.of("update", "digest", "reset")),
            Map.entry("java/util/zip/Checksum", CHECKSUM), Map.entry("java/util/zip/CRC32", CHECKSUM),
            Map.entry("java/util/zip/CRC32C", CHECKSUM), Map.entry("java/util/zip/Adler32", CHECKSUM),
            Map.entry("java/util/Formatter", List.of("format", "flush", "close")),
            Map.entry("java/util/Scanner", List.of("next*", "has*", "skip", "find*", "use*", "reset", "close", "tokens")));

    private JdkObjectCalls() { }

    /** True when a call of this static type may be on one of these objects. */
    static boolean covers(String owner) {
        return WRITES.containsKey(owner);
    }

    /** Whether a call of this name on an object of static type {@code owner} (one {@link #covers}) changes it. */
    static boolean isWrite(String owner, String name) {
        for (String write : WRITES.get(owner)) {
            if (write.endsWith("*") ? name.startsWith(write.substring(0, write.length() - 1)) : name.equals(write)) {
                return true;
            }
        }
        return false;
    }
}
