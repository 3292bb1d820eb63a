package dev.weft.agent.instrument;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.Type;

/**
 * Which calls on the JDK's non-thread-safe classes other than its collections (date and number formats, calendars,
 * a regular expression's {@code Matcher}, {@code MessageDigest}, checksums, {@code Formatter}, {@code Scanner},
 * {@code StringTokenizer}, {@code StringJoiner}, the summary statistics, {@code SplittableRandom} and the {@code java.util.random}
 * generators, {@code BreakIterator}, {@code Date}, {@code DataOutputStream}: see
 * {@code dev.weft.runtime.NonThreadSafeJdkTypes}) and on NIO buffers change the object, by the call's static type, name
 * and (for a buffer) descriptor. A
 * format's {@code format} and {@code parse} write: they keep their work in the format's own calendar or digits.
 * A call not listed reads, so that a doubt costs a missed race, never a false one; but for a data stream, whose calls
 * not listed are not checked ({@link #isChecked}).
 */
final class JdkObjectCalls {

    private static final List<String> FORMAT = List.of("format*", "parse*", "set*", "apply*");
    private static final List<String> CALENDAR = List.of("set*", "add", "roll", "clear");
    private static final List<String> CHECKSUM = List.of("update", "reset");
    private static final List<String> SUMMARY = List.of("accept", "combine");
    /** A data stream's typed writes, which update its count and buffer unlocked. */
    private static final List<String> DATA_OUT = List.of("writeBoolean", "writeByte", "writeShort", "writeChar", "writeInt", "writeLong",
            "writeFloat", "writeDouble", "writeBytes", "writeChars", "writeUTF");
    private static final List<String> RANDOM = List.of("next*", "split*", "ints", "longs", "doubles", "jump*", "leap*", "copyAndJump",
            "rngs", "jumps", "leaps", "splits");

    /** The writing calls of each static type: a name, or a prefix ending in {@code *}. */
    private static final Map<String, List<String>> WRITES = Map.ofEntries(
            Map.entry("java/text/Format", FORMAT), Map.entry("java/text/DateFormat", FORMAT),
            Map.entry("java/text/SimpleDateFormat", FORMAT), Map.entry("java/text/NumberFormat", FORMAT),
            Map.entry("java/text/DecimalFormat", FORMAT), Map.entry("java/text/MessageFormat", FORMAT),
            Map.entry("java/util/Date", List.of("set*")), Map.entry("java/io/DataOutputStream", DATA_OUT),
            Map.entry("java/io/DataOutput", DATA_OUT),
            Map.entry("java/util/Calendar", CALENDAR), Map.entry("java/util/GregorianCalendar", CALENDAR),
            Map.entry("java/util/regex/Matcher", List.of("find", "matches", "lookingAt", "reset", "region", "use*",
                    "appendReplacement", "appendTail", "replaceAll", "replaceFirst", "results")),
            Map.entry("java/security/MessageDigest", List.of("update", "digest", "reset")),
            Map.entry("java/util/zip/Checksum", CHECKSUM), Map.entry("java/util/zip/CRC32", CHECKSUM),
            Map.entry("java/util/zip/CRC32C", CHECKSUM), Map.entry("java/util/zip/Adler32", CHECKSUM),
            Map.entry("java/util/Formatter", List.of("format", "flush", "close")),
            Map.entry("java/util/Scanner", List.of("next*", "has*", "skip", "find*", "use*", "reset", "close", "tokens")),
            Map.entry("java/util/StringTokenizer", List.of("next*")),
            Map.entry("java/util/StringJoiner", List.of("add", "merge", "setEmptyValue")),
            Map.entry("java/util/IntSummaryStatistics", SUMMARY), Map.entry("java/util/LongSummaryStatistics", SUMMARY),
            Map.entry("java/util/DoubleSummaryStatistics", SUMMARY),
            Map.entry("java/util/SplittableRandom", RANDOM), Map.entry("java/util/random/RandomGenerator", RANDOM),
            Map.entry("java/util/random/RandomGenerator$SplittableGenerator", RANDOM),
            Map.entry("java/util/random/RandomGenerator$JumpableGenerator", RANDOM),
            Map.entry("java/util/random/RandomGenerator$LeapableGenerator", RANDOM),
            Map.entry("java/util/random/RandomGenerator$ArbitrarilyJumpableGenerator", RANDOM),
            Map.entry("java/text/BreakIterator", List.of("setText", "first", "last", "next", "previous", "following", "preceding",
                    "isBoundary")));

    /**
     * The static types whose calls are checked only when they write or are listed here as reads: a data stream's
     * {@code write(b)} and {@code write(bytes, off, len)} are {@code synchronized} on the stream (a caller's lock on it
     * would order them in a way weft does not see), and its {@code flush} and {@code close} touch nothing of its own.
     */
    private static final Map<String, List<String>> ONLY_READS = Map.of("java/io/DataOutputStream", List.of("size"),
            "java/io/DataOutput", List.of());

    /** The NIO buffer types: a buffer's variable is its position, limit and mark, which its relative calls move. */
    private static final Set<String> BUFFERS = Set.of("java/nio/Buffer", "java/nio/ByteBuffer", "java/nio/MappedByteBuffer",
            "java/nio/CharBuffer", "java/nio/ShortBuffer", "java/nio/IntBuffer", "java/nio/LongBuffer", "java/nio/FloatBuffer",
            "java/nio/DoubleBuffer");

    /** The calls that move a buffer's position, limit or mark whatever their parameters. */
    private static final Set<String> BUFFER_MOVES = Set.of("flip", "clear", "rewind", "mark", "reset", "compact", "append", "read");

    private JdkObjectCalls() { }

    /** True when a call of this static type may be on one of these objects. */
    static boolean covers(String owner) {
        return WRITES.containsKey(owner) || BUFFERS.contains(owner);
    }

    /** Whether a call of this name and descriptor on an object of static type {@code owner} (one {@link #covers}) is checked at all. */
    static boolean isChecked(String owner, String name, String descriptor) {
        List<String> reads = ONLY_READS.get(owner);
        return reads == null || reads.contains(name) || isWrite(owner, name, descriptor);
    }

    /** Whether a call of this name and descriptor on an object of static type {@code owner} (one {@link #covers}) changes it. */
    static boolean isWrite(String owner, String name, String descriptor) {
        if (BUFFERS.contains(owner)) {
            return movesBuffer(name, descriptor);
        }
        for (String write : WRITES.get(owner)) {
            if (write.endsWith("*") ? name.startsWith(write.substring(0, write.length() - 1)) : name.equals(write)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a buffer's call moves its position, limit or mark: {@code flip}, {@code clear}, {@code compact},
     * {@code position(int)}, {@code limit(int)}, {@code order(ByteOrder)}, and the relative gets and puts
     * ({@code get()}, {@code getInt()}, {@code get(byte[])}, {@code put(b)}, {@code putInt(v)}, {@code put(src)}); not the
     * absolute ones, which take an index first ({@code get(int)}, {@code getInt(int)}, {@code put(int, b)}: a put of
     * one argument that is an {@code int} is an {@code IntBuffer}'s relative one), which read the position's bounds only
     * (the elements they access are checked as the backing array's, {@code ArrayCalls}).
     */
    private static boolean movesBuffer(String name, String descriptor) {
        if (BUFFER_MOVES.contains(name)) {
            return true;
        }
        Type[] parameters = Type.getArgumentTypes(descriptor);
        if (name.equals("position") || name.equals("limit") || name.equals("order")) {
            return parameters.length == 1;
        }
        boolean indexed = parameters.length > 0 && parameters[0].getSort() == Type.INT;
        return name.startsWith("get") ? !indexed : name.startsWith("put") && !(indexed && parameters.length >= 2);
    }
}
