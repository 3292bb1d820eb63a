package dev.weft.agent.instrument;

import dev.weft.runtime.HandOffCalls;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which calls on the JDK's non-thread-safe collections read their contents and which change them (see
 * {@code dev.weft.runtime.CollectionContents}), by the static type and name of the called method.
 *
 * <p>Writes are the mutators ({@code add*}, {@code put*}, {@code remove*}, {@code clear}, {@code set*},
 * {@code sort}, {@code replace*}, {@code compute*}, {@code merge}, {@code offer*}, {@code poll*},
 * {@code push}, {@code pop}, {@code retainAll}, {@code append*}, {@code insert}, {@code delete*},
 * {@code reverse}...); every other call reads, so that a doubt costs a missed race, never a false one.
 * Calls on iterators that write ({@code remove}, {@code set}, {@code add}) and {@code Map.Entry.setValue} are
 * checked too, on the collection behind them ({@code CollectionViews}); an iterator's reads are not (the
 * {@code iterator()} call that made it read the collection), but its {@code next()} is hooked to know the
 * entry a map's entry iterator returned.
 */
final class ContentsCalls {

    /** Of an entry's calls, only {@code setValue} is checked: a write of the map behind the entry. */
    private static final String MAP_ENTRY = "java/util/Map$Entry";

    /** The static types whose calls may reach a tracked collection: the collection interfaces and the classes themselves. */
    private static final Set<String> OWNERS = Set.of(
            "java/lang/Iterable", "java/util/Collection", "java/util/List", "java/util/Set", "java/util/SortedSet",
            "java/util/NavigableSet", "java/util/Queue", "java/util/Deque", "java/util/Map", "java/util/SortedMap",
            "java/util/NavigableMap", "java/util/AbstractCollection", "java/util/AbstractList",
            "java/util/AbstractSet", "java/util/AbstractQueue", "java/util/AbstractMap",
            "java/util/ArrayList", "java/util/LinkedList", "java/util/ArrayDeque", "java/util/PriorityQueue",
            "java/util/HashMap", "java/util/LinkedHashMap", "java/util/TreeMap", "java/util/IdentityHashMap",
            "java/util/WeakHashMap", "java/util/EnumMap", "java/util/HashSet", "java/util/LinkedHashSet",
            "java/util/TreeSet", "java/util/BitSet", "java/lang/StringBuilder",
            "java/util/Iterator", "java/util/ListIterator", MAP_ENTRY);

    private static final String[] WRITE_PREFIXES = {
        "add", "put", "remove", "set", "replace", "compute", "offer", "poll", "append", "delete", "insert"};

    private static final Set<String> WRITES = Set.of(
            "clear", "sort", "merge", "push", "pop", "retainAll", "reverse", "trimToSize", "ensureCapacity",
            "flip", "and", "or", "xor", "andNot");

    /** The static methods of {@code Collections} that change the collection they are given first. */
    private static final Set<String> STATIC_WRITES = Set.of(
            "sort", "shuffle", "reverse", "fill", "swap", "rotate", "copy", "replaceAll", "addAll");

    /** Methods of {@code Object} no collection overrides, which touch no contents. */
    private static final Set<String> NOT_CONTENTS = Set.of("getClass", "wait", "notify", "notifyAll", "<init>");

    /**
     * JDK calls that read a collection, a map or a {@code StringBuilder} they are given where the type does not
     * say so (its {@code toString()}, {@code hashCode()}, {@code equals()} or its elements), by owner, name and
     * descriptor: the plan bit {@link HandOffCalls#CONTENTS_READ} checks a static call's first argument,
     * {@link HandOffCalls#CONTENTS_ARGUMENT} a call's argument after the receiver (a static call's second).
     */
    private static final Map<String, Integer> GIVEN = Map.ofEntries(
            Map.entry("java/lang/String.valueOf(Ljava/lang/Object;)Ljava/lang/String;", HandOffCalls.CONTENTS_READ),
            Map.entry("java/lang/String.join(Ljava/lang/CharSequence;Ljava/lang/Iterable;)Ljava/lang/String;",
                    HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/util/Objects.toString(Ljava/lang/Object;)Ljava/lang/String;", HandOffCalls.CONTENTS_READ),
            Map.entry("java/util/Objects.toString(Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/String;",
                    HandOffCalls.CONTENTS_READ),
            Map.entry("java/util/Objects.hashCode(Ljava/lang/Object;)I", HandOffCalls.CONTENTS_READ),
            Map.entry("java/util/Objects.equals(Ljava/lang/Object;Ljava/lang/Object;)Z",
                    HandOffCalls.CONTENTS_READ | HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/lang/StringBuilder.append(Ljava/lang/Object;)Ljava/lang/StringBuilder;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/lang/StringBuilder.append(Ljava/lang/CharSequence;)Ljava/lang/StringBuilder;",
                    HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/lang/StringBuffer.append(Ljava/lang/Object;)Ljava/lang/StringBuffer;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/io/PrintStream.println(Ljava/lang/Object;)V", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/io/PrintStream.print(Ljava/lang/Object;)V", HandOffCalls.CONTENTS_ARGUMENT),
            // the formatting calls read each of their arguments (HandOffCalls.callTakingContents: a last Object[])
            Map.entry("java/lang/String.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/lang/String.format(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;",
                    HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/lang/String.formatted([Ljava/lang/Object;)Ljava/lang/String;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/io/PrintStream.printf(Ljava/lang/String;[Ljava/lang/Object;)Ljava/io/PrintStream;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/io/PrintStream.printf(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/io/PrintStream;",
                    HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/io/PrintStream.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/io/PrintStream;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/io/PrintStream.format(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/io/PrintStream;",
                    HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/io/PrintWriter.printf(Ljava/lang/String;[Ljava/lang/Object;)Ljava/io/PrintWriter;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/io/PrintWriter.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/io/PrintWriter;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/util/Formatter.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/util/Formatter;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/util/Formatter.format(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/util/Formatter;",
                    HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/text/MessageFormat.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/text/MessageFormat.format(Ljava/lang/Object;)Ljava/lang/String;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/util/logging/Logger.log(Ljava/util/logging/Level;Ljava/lang/String;Ljava/lang/Object;)V",
                    HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/util/logging/Logger.log(Ljava/util/logging/Level;Ljava/lang/String;[Ljava/lang/Object;)V",
                    HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/util/logging/LogRecord.setParameters([Ljava/lang/Object;)V", HandOffCalls.CONTENTS_ARGUMENT),
            // the lines or the text a file is written with, a text a pattern or a string compares
            Map.entry("java/nio/file/Files.write(Ljava/nio/file/Path;Ljava/lang/Iterable;[Ljava/nio/file/OpenOption;)Ljava/nio/file/Path;",
                    HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/nio/file/Files.write(Ljava/nio/file/Path;Ljava/lang/Iterable;Ljava/nio/charset/Charset;[Ljava/nio/file/OpenOption;)"
                    + "Ljava/nio/file/Path;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/nio/file/Files.writeString(Ljava/nio/file/Path;Ljava/lang/CharSequence;[Ljava/nio/file/OpenOption;)Ljava/nio/file/Path;",
                    HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/nio/file/Files.writeString(Ljava/nio/file/Path;Ljava/lang/CharSequence;Ljava/nio/charset/Charset;"
                    + "[Ljava/nio/file/OpenOption;)Ljava/nio/file/Path;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/util/regex/Pattern.matches(Ljava/lang/String;Ljava/lang/CharSequence;)Z", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/util/regex/Pattern.split(Ljava/lang/CharSequence;)[Ljava/lang/String;", HandOffCalls.CONTENTS_ARGUMENT),
            // a matcher made on a text, or reset to one, reads its length there (and its characters later, at find)
            Map.entry("java/util/regex/Pattern.matcher(Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/util/regex/Matcher.reset(Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;", HandOffCalls.CONTENTS_ARGUMENT),
            Map.entry("java/lang/String.contentEquals(Ljava/lang/CharSequence;)Z", HandOffCalls.CONTENTS_ARGUMENT));

    /** The owners and the names of the calls of {@link #GIVEN}, which tell most calls apart without building a key. */
    private static final Set<String> GIVEN_OWNERS = new HashSet<>();
    private static final Set<String> GIVEN_NAMES = new HashSet<>();

    static {
        for (String call : GIVEN.keySet()) {
            GIVEN_OWNERS.add(call.substring(0, call.indexOf('.')));
            GIVEN_NAMES.add(call.substring(call.indexOf('.') + 1, call.indexOf('(')));
        }
    }

    /** The static types of hashed maps and sets, whose calls given a key or an element read its {@code hashCode()}. */
    private static final Set<String> HASHED = Set.of(
            "java/util/Map", "java/util/HashMap", "java/util/LinkedHashMap", "java/util/WeakHashMap", "java/util/Hashtable",
            "java/util/concurrent/ConcurrentMap", "java/util/concurrent/ConcurrentHashMap",
            "java/util/Set", "java/util/HashSet", "java/util/LinkedHashSet");

    /** The calls of {@link #HASHED} types that hash their first argument. */
    private static final Set<String> KEYED = Set.of("get", "put", "containsKey", "remove", "getOrDefault", "putIfAbsent",
            "computeIfAbsent", "computeIfPresent", "compute", "merge", "replace", "add", "contains");

    private ContentsCalls() { }

    /**
     * The plan bits of a JDK call that reads a collection it is given though its type does not say so
     * ({@code String.join(", ", list)}, {@code String.valueOf(map)}, {@code builder.append(list)},
     * {@code System.out.println(set)}, {@code Objects.equals(a, b)}...; see {@link #GIVEN}), or 0.
     */
    static int ofGiven(String owner, String name, String descriptor) {
        if (!GIVEN_OWNERS.contains(owner) || !GIVEN_NAMES.contains(name)) {
            return 0; // most calls: no key built
        }
        Integer plan = GIVEN.get(owner + "." + name + descriptor);
        return plan == null ? 0 : plan;
    }

    /**
     * Whether an instance call of a hashed map or set hashes its first argument, a key or an element
     * ({@code map.get(key)}, {@code set.add(x)}): a key that is a collection is read ({@code CollectionContents.keyRead}).
     */
    static boolean hashesKey(String owner, String name, String descriptor) {
        return HASHED.contains(owner) && KEYED.contains(name) && descriptor.startsWith("(Ljava/lang/Object;");
    }

    /** True when a call of this static type may be on a tracked collection or another of the JDK's objects {@link JdkObjectCalls} covers. */
    static boolean mayReach(String owner) {
        return OWNERS.contains(owner) || JdkObjectCalls.covers(owner);
    }

    /**
     * The {@link HandOffCalls#CONTENTS_READ} or {@link HandOffCalls#CONTENTS_WRITE} plan bit of an instance
     * call of this name on a collection (or a view, an iterator, an entry of one) or on an object {@link JdkObjectCalls}
     * covers, or 0 for none.
     */
    static int of(String owner, String name, String descriptor) {
        if (owner.equals(MAP_ENTRY)) {
            return name.equals("setValue") ? HandOffCalls.CONTENTS_WRITE : 0;
        }
        if (onIteration(owner) && !isWrite(name)) {
            // an iterator's reads are its iterator() call's; next() only tells which entry a map's iterator returned
            return name.equals("next") ? HandOffCalls.CONTENTS_READ : 0;
        }
        if (NOT_CONTENTS.contains(name)) {
            return 0;
        }
        if (JdkObjectCalls.covers(owner)) {
            if (!JdkObjectCalls.isChecked(owner, name, descriptor)) {
                return 0;
            }
            return JdkObjectCalls.isWrite(owner, name, descriptor) ? HandOffCalls.CONTENTS_WRITE : HandOffCalls.CONTENTS_READ;
        }
        return isWrite(name) ? HandOffCalls.CONTENTS_WRITE : HandOffCalls.CONTENTS_READ;
    }

    /**
     * The {@link HandOffCalls#CONTENTS_READ} or {@link HandOffCalls#CONTENTS_WRITE} plan bit of a static call
     * on the collection it is given first: {@code Collections.sort(list)}, {@code max}, {@code frequency}...,
     * {@code List.copyOf(list)}; 0 for a call that only wraps it ({@code unmodifiableList},
     * {@code synchronizedMap}, {@code checkedSet}, {@code newSetFromMap}, {@code asLifoQueue}) or is on no collection.
     */
    static int ofStatic(String owner, String name) {
        if (name.equals("copyOf") && (owner.equals("java/util/List") || owner.equals("java/util/Set") || owner.equals("java/util/Map"))) {
            return HandOffCalls.CONTENTS_READ;
        }
        if (!owner.equals("java/util/Collections") || name.startsWith("unmodifiable") || name.startsWith("synchronized")
                || name.startsWith("checked") || name.equals("newSetFromMap") || name.equals("asLifoQueue")) {
            return 0;
        }
        return STATIC_WRITES.contains(name) ? HandOffCalls.CONTENTS_WRITE : HandOffCalls.CONTENTS_READ;
    }

    /**
     * True for the static types of iterators and entries, whose calls' receivers come from a call (never a
     * field worth naming, nor a new object): where they come from is not worth analysing.
     */
    static boolean onIteration(String owner) {
        return owner.equals("java/util/Iterator") || owner.equals("java/util/ListIterator") || owner.equals(MAP_ENTRY);
    }

    /** True when a method of this name changes a collection's contents. */
    static boolean isWrite(String name) {
        if (WRITES.contains(name)) {
            return true;
        }
        for (String prefix : WRITE_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
