package dev.weft.runtime;

import java.io.DataOutput;
import java.io.DataOutputStream;
import java.nio.Buffer;
import java.security.MessageDigest;
import java.text.BreakIterator;
import java.text.DateFormat;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.DoubleSummaryStatistics;
import java.util.Formatter;
import java.util.GregorianCalendar;
import java.util.IntSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.Scanner;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.StringTokenizer;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The JDK's classes other than its collections whose objects are documented as not safe for use by several threads
 * without a lock of the caller's: date and number formats, a calendar, a regular expression's matcher, a message
 * digest, a checksum, a {@code Formatter}, a {@code Scanner}, a {@code StringTokenizer}, a {@code StringJoiner}, the
 * summary statistics ({@code IntSummaryStatistics}...), a {@code SplittableRandom} and the {@code java.util.random} generators
 * ({@code L64X128MixRandom}...), a {@code BreakIterator}; and two that are mutable with no lock of their own: a
 * {@code java.util.Date} ({@code setTime}) and a {@code DataOutputStream} (its {@code writeInt}, {@code writeLong}...
 * update a count and a buffer of its own unlocked). Their calls in application code read or write one variable per object,
 * as a collection's do ({@link CollectionContents#objectReading}), at the call sites whose static type is one of them or
 * a JDK supertype (so a call on a collection pays nothing for them). Exact classes only, as for collections: an
 * application subclass may synchronize its overrides. {@code Deflater} and {@code Inflater} are not here: their
 * calls lock the object's stream inside the JDK, so two threads' calls are ordered.
 *
 * <p>NIO buffers are such objects too, every one of them (no application class can extend {@code java.nio.Buffer}): the
 * variable is the buffer's position, limit and mark, which its relative calls move ({@code get()}, {@code put(b)},
 * {@code flip()}...) and its absolute ones only read ({@code get(int)}); the elements are the backing array's.
 */
final class NonThreadSafeJdkTypes {

    /** The class of the objects {@code MessageDigest.getInstance} returns for a provider's digest, and its cloneable form (JDK 17 has one, newer JDKs both). */
    private static final Class<?> DIGEST = jdkClass("java.security.MessageDigest$Delegate");
    private static final Class<?> CLONEABLE_DIGEST = jdkClass("java.security.MessageDigest$Delegate$CloneableDelegate");
    /** The classes of the JDK's word, line and sentence break iterators, and of its character ones since JDK 20. */
    private static final Class<?> RULE_BASED_BREAK_ITERATOR = jdkClass("sun.text.RuleBasedBreakIterator");
    private static final Class<?> GRAPHEME_BREAK_ITERATOR = jdkClass("sun.util.locale.provider.BreakIteratorProviderImpl$GraphemeBreakIterator");

    private NonThreadSafeJdkTypes() { }

    /**
     * Whether the calls of a site whose receiver has this static type are checked as calls on these objects
     * ({@link CollectionContents#objectReading}): the classes and their JDK supertypes. Asked once, when the site is linked.
     */
    static boolean isStaticType(Class<?> type) {
        return type == Format.class || type == DateFormat.class || type == SimpleDateFormat.class || type == NumberFormat.class
                || type == DecimalFormat.class || type == MessageFormat.class || type == Calendar.class
                || type == GregorianCalendar.class || type == Matcher.class || type == MessageDigest.class
                || type == Checksum.class || type == CRC32.class || type == CRC32C.class || type == Adler32.class
                || type == Formatter.class || type == Scanner.class || type == Date.class || isUtility(type) || Buffer.class.isAssignableFrom(type)
                || type == DataOutputStream.class || type == DataOutput.class
                || type == BreakIterator.class || type == RandomGenerator.class || type.getEnclosingClass() == RandomGenerator.class;
    }

    /** The tokenizer, the joiner, the summary statistics and the splittable generator: static types and classes at once. */
    private static boolean isUtility(Class<?> type) {
        return type == StringTokenizer.class || type == StringJoiner.class || type == IntSummaryStatistics.class
                || type == LongSummaryStatistics.class || type == DoubleSummaryStatistics.class || type == SplittableRandom.class;
    }

    /** Whether objects of this class are checked; the most common classes are compared first. */
    static boolean tracked(Class<?> type) {
        return type == SimpleDateFormat.class || type == DecimalFormat.class || type == Matcher.class
                || type == GregorianCalendar.class || type == CRC32.class || type == DIGEST || type == CLONEABLE_DIGEST
                || type == MessageFormat.class || type == Formatter.class || type == Scanner.class
                || type == CRC32C.class || type == Adler32.class || type == Date.class || type == DataOutputStream.class
                || isUtility(type) || type == RULE_BASED_BREAK_ITERATOR
                || type == GRAPHEME_BREAK_ITERATOR || RandomGenerator.class.isAssignableFrom(type) && JDK_GENERATORS.get(type);
    }

    /**
     * Whether a {@code RandomGenerator} class is one of the JDK's {@code java.util.random} algorithms
     * ({@code L64X128MixRandom}, {@code Xoroshiro128PlusPlus}...: in module {@code jdk.random} on JDK 17, in
     * {@code jdk.internal.random} on JDK 25), whose objects the Javadoc says are not thread-safe; not {@code Random} nor
     * {@code ThreadLocalRandom}, which are.
     */
    private static final ClassValue<Boolean> JDK_GENERATORS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            String module = type.getModule().getName();
            return "jdk.random".equals(module) || type.getPackageName().equals("jdk.internal.random");
        }
    };

    /** The class a report names for a buffer of this class: {@code ByteBuffer} for a heap or a direct one, {@code CharBuffer}... */
    private static final ClassValue<Class<?>> PUBLIC_BUFFER = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
            Class<?> shown = type;
            while (shown.getSuperclass() != Buffer.class) {
                shown = shown.getSuperclass();
            }
            return shown;
        }
    };

    /** The class a report names for {@code buffer}: the buffer type it is of ({@code ByteBuffer}, {@code CharBuffer}...). */
    static Class<?> bufferShownAs(Buffer buffer) {
        return PUBLIC_BUFFER.get(buffer.getClass());
    }

    /** The class a report names for an object of {@code type}: {@code MessageDigest} for the JDK's digests, {@code BreakIterator} for its break iterators, else {@code type}. */
    static Class<?> shownAs(Class<?> type) {
        return type == DIGEST || type == CLONEABLE_DIGEST ? MessageDigest.class
                : type == RULE_BASED_BREAK_ITERATOR || type == GRAPHEME_BREAK_ITERATOR ? BreakIterator.class : type;
    }

    /** The JDK's class of this name, or {@code null} when this JDK has none. */
    static Class<?> jdkClass(String name) {
        try {
            return Class.forName(name, false, null);
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }
}
