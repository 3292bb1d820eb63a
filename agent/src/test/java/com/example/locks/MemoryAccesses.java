package com.example.locks;

/** Fixture: field and array accesses of every kind, as race detection instruments them. */
public final class MemoryAccesses {

    static final int LIMIT = limit();
    static int counter;
    static volatile boolean ready;
    static int initialized;

    static {
        initialized = 1;
    }

    int value;
    volatile long version;
    final int fixed;
    long wide;

    MemoryAccesses(int fixed) {
        this.fixed = fixed;
        this.value = fixed;
    }

    /** A superclass that weft instruments: it, not its subclass, carries the shadow field. */
    static class Base {
        int inherited;
    }

    static final class Derived extends Base { }

    private static int limit() {
        return 10;
    }

    static int instanceFields() {
        MemoryAccesses m = new MemoryAccesses(3);
        m.value = m.value + m.fixed;
        m.wide = 5L;
        long w = m.wide;
        return m.value + (int) w;
    }

    static long volatileFields() {
        MemoryAccesses m = new MemoryAccesses(1);
        m.version = 2L;
        return m.version;
    }

    static int staticFields() {
        counter = counter + 1;
        ready = true;
        return ready ? counter + LIMIT + initialized : 0;
    }

    /** A nestmate whose private field the outer class reaches through reflection, as it may directly. */
    static final class Vault {
        private int secret;
    }

    /** Fields read and written through {@code java.lang.reflect.Field}, with no {@code setAccessible}. */
    static long reflectiveFields() throws ReflectiveOperationException {
        MemoryAccesses m = new MemoryAccesses(1);
        Vault vault = new Vault();
        java.lang.reflect.Field value = MemoryAccesses.class.getDeclaredField("value");
        java.lang.reflect.Field wide = MemoryAccesses.class.getDeclaredField("wide");
        java.lang.reflect.Field version = MemoryAccesses.class.getDeclaredField("version");
        java.lang.reflect.Field count = MemoryAccesses.class.getDeclaredField("counter");
        java.lang.reflect.Field fixed = MemoryAccesses.class.getDeclaredField("fixed");
        java.lang.reflect.Field secret = Vault.class.getDeclaredField("secret");
        value.setInt(m, 5);
        wide.setLong(m, 6L);
        version.set(m, 3L);
        count.set(null, 2);
        secret.setInt(vault, 4);
        return value.getInt(m) + wide.getLong(m) + version.getLong(m) + (int) count.get(null) + fixed.getInt(m) + secret.getInt(vault)
                + String.class.getDeclaredField("hash").getModifiers();
    }

    /** Fields read and written through {@code MethodHandle} getters and setters ({@code Lookup.find*}, {@code unreflect*}). */
    static long fieldMethodHandles() throws Throwable {
        MemoryAccesses m = new MemoryAccesses(1);
        java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
        java.lang.invoke.MethodHandle setValue = lookup.findSetter(MemoryAccesses.class, "value", int.class);
        java.lang.invoke.MethodHandle getValue = lookup.unreflectGetter(MemoryAccesses.class.getDeclaredField("value"));
        java.lang.invoke.MethodHandle setVersion = lookup.findSetter(MemoryAccesses.class, "version", long.class);
        java.lang.invoke.MethodHandle getVersion = lookup.findGetter(MemoryAccesses.class, "version", long.class);
        java.lang.invoke.MethodHandle setCounter = lookup.findStaticSetter(MemoryAccesses.class, "counter", int.class);
        java.lang.invoke.MethodHandle length = lookup.findVirtual(String.class, "length", java.lang.invoke.MethodType.methodType(int.class));
        setValue.invokeExact(m, 5);
        setVersion.invoke(m, 3L);
        setCounter.invokeExact(2);
        return (int) getValue.invokeExact(m) + (long) getVersion.invokeExact(m) + (int) length.invokeExact("four");
    }

    /** A setter bound to its object ({@code bindTo}), called with the value alone, and a getter whose type {@code asType} changed. */
    static long boundFieldHandles() throws Throwable {
        MemoryAccesses m = new MemoryAccesses(1);
        java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.lookup();
        java.lang.invoke.MethodHandle setValue = lookup.findSetter(MemoryAccesses.class, "value", int.class).bindTo(m);
        java.lang.invoke.MethodHandle getWide = lookup.findGetter(MemoryAccesses.class, "wide", long.class)
                .asType(java.lang.invoke.MethodType.methodType(Object.class, MemoryAccesses.class));
        setValue.invokeExact(6);
        Object wide = (Object) getWide.invokeExact(m);
        return (Long) wide + m.fixed;
    }

    /** Characters copied into an array by {@code String.getChars} and {@code StringBuilder.getChars}. */
    static String charsCopied() {
        char[] line = new char[8];
        "parcel".getChars(1, 4, line, 2);
        new StringBuilder("ab").getChars(0, 2, line, 0);
        return new String(line, 0, 5);
    }

    /**
     * Arrays filled and read by a stream, a buffer and a random generator: three bytes read into {@code [1..4)}
     * of an array of 8, a buffer's 2 bytes got into a whole array, random bytes into another, 2 bytes written out.
     */
    static int arraysFilledAndWritten() throws java.io.IOException {
        byte[] packet = new byte[8];
        int read = new java.io.ByteArrayInputStream(new byte[3]).read(packet, 1, 4);
        byte[] pair = new byte[2];
        java.nio.ByteBuffer.wrap(new byte[2]).get(pair);
        new java.util.Random(1).nextBytes(new byte[3]);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(pair, 0, 2);
        return read + packet[3] + out.size() + pair[1];
    }

    /**
     * Elements reached through {@code java.lang.reflect.Array} (5 set and read at index 1; a call given no array reports
     * nothing), searched by {@code Arrays.binarySearch} (20 found at 1; 25 missing, its insertion point 2) and read by a
     * checksum's {@code update}: 5 + 1 - 3.
     */
    static int arraysThroughReflectionSearchesAndChecksums() {
        int[] cells = new int[3];
        java.lang.reflect.Array.setInt(cells, 1, 5);
        int five = java.lang.reflect.Array.getInt(cells, 1);
        try {
            java.lang.reflect.Array.getInt("no array", 0);
        } catch (IllegalArgumentException expected) {
            // reported nothing, as the call read nothing
        }
        long[] limits = {10, 20, 30};
        int found = java.util.Arrays.binarySearch(limits, 20);
        int missing = java.util.Arrays.binarySearch(limits, 25);
        new java.util.zip.CRC32().update(new byte[] {1, 2}, 0, 2);
        return five + found + missing;
    }

    /**
     * Arrays filled or read by calls weft recognizes by more than the owner's name: 3 bytes read through an application's
     * {@code FilterInputStream} subclass, 2 by a channel into {@code [1..3)} of an array behind a buffer, 3 ints set by
     * {@code Arrays.setAll}, 2 strings added by {@code Collections.addAll}.
     */
    static int arraysFilledThroughSubclassesAndBuffers() throws java.io.IOException {
        byte[] packet = new byte[4];
        int read = new CountingInput(new java.io.ByteArrayInputStream(new byte[3])).read(packet);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(new byte[6], 1, 5);
        int filled = java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(new byte[2])).read(buffer);
        int[] slots = new int[3];
        java.util.Arrays.setAll(slots, i -> i);
        String[] tags = {"a", "b"};
        java.util.List<String> list = new java.util.ArrayList<>();
        java.util.Collections.addAll(list, tags);
        return read + filled + slots.length + list.size();
    }

    /**
     * The elements of an array reached through its {@code Arrays.asList} view: {@code get(1)}, {@code set(0, ..)},
     * {@code sort}; an {@code ArrayList}'s {@code get} is no view and reports no element.
     */
    static int arrayElementsThroughAsList() {
        String[] names = new String[] {"b", "a"};
        java.util.List<String> view = java.util.Arrays.asList(names);
        int length = view.get(1).length();
        view.set(0, "c");
        view.sort(null);
        return length + new java.util.ArrayList<>(view).get(0).length();
    }

    /** An application's stream, named as the static type of a {@code read(array)} call. */
    static final class CountingInput extends java.io.FilterInputStream {
        CountingInput(java.io.InputStream in) {
            super(in);
        }
    }

    /** Strings made of an array's characters or bytes: {@code new String(chars)}, {@code String.valueOf(chars)}, {@code new String(bytes)}. */
    static int stringsOfArrays() {
        char[] line = new char[3];
        byte[] raw = new byte[2];
        return new String(line).length() + String.valueOf(line).length() + new String(raw).length();
    }

    /**
     * The JDK calls that read or fill an array given with a range or a charset, or as a whole: 2 bytes decoded from
     * {@code [1..3)} of 4, the whole 4 in another charset, 2 chars appended from {@code [1..3)} of 3, a list of 2
     * copied into an array of 4 (and the null after them), an array of 3 ints streamed, one of 3 strings listed.
     */
    // requireNonNull lets the arrays out: an array a method makes and never lets out gets no hooks
    static int arraysReadWithRangesOrFilled() {
        byte[] raw = java.util.Objects.requireNonNull(new byte[] {'a', 'b', 'c', 'd'});
        char[] chars = java.util.Objects.requireNonNull(new char[] {'x', 'y', 'z'});
        String[] copy = new String[4];
        int n = new String(raw, 1, 2, java.nio.charset.StandardCharsets.UTF_8).length()
                + new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1).length()
                + new StringBuilder().append(chars, 1, 2).length();
        n += java.util.List.of("p", "q").toArray(copy).length;
        n += (int) java.util.Arrays.stream(new int[] {1, 2, 3}).count() + java.util.List.of(new String[] {"s", "t", "u"}).size();
        return n;
    }

    /** A snapshot made by {@code Object.clone()}, called through the class. */
    static final class Snapshot implements Cloneable {
        int hits;
        long bytes;
        volatile int state;
        static int made;

        Snapshot copy() throws CloneNotSupportedException {
            return (Snapshot) clone();
        }
    }

    /** A class whose own {@code clone()} calls {@code super.clone()}. */
    static final class Gauge implements Cloneable {
        int level;

        @Override
        protected Gauge clone() {
            try {
                return (Gauge) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Objects copied by {@code Object.clone()}, which reads their fields inside the JVM. */
    static int objectsCloned() throws CloneNotSupportedException {
        Snapshot copy = new Snapshot().copy();
        Gauge gauge = new Gauge().clone();
        return copy != null && gauge != null ? 1 : 0;
    }

    /** A lock that counts, inside the lock, how often it was taken and given back. */
    static final class AuditedLock extends java.util.concurrent.locks.ReentrantLock {
        int acquisitions;
        int releases;

        @Override
        public void lock() {
            super.lock();
            acquisitions++;
        }

        @Override
        public boolean tryLock() {
            return super.tryLock() && ++acquisitions > 0;
        }

        @Override
        public boolean tryLock(long time, java.util.concurrent.TimeUnit unit) throws InterruptedException {
            return super.tryLock(time, unit) && ++acquisitions > 0;
        }

        @Override
        public void unlock() {
            releases++;
            super.unlock();
        }
    }

    static int auditedLock() throws InterruptedException {
        AuditedLock lock = new AuditedLock();
        lock.lock();
        lock.unlock();
        if (lock.tryLock()) {
            lock.unlock();
        }
        if (lock.tryLock(1, java.util.concurrent.TimeUnit.SECONDS)) {
            lock.unlock();
        }
        return lock.acquisitions;
    }

    static int inheritedField() {
        Derived d = new Derived();
        d.inherited = 4;
        return d.inherited;
    }

    /** Stores then loads one element of each element type; returns their sum. */
    // the arrays below go through Objects.requireNonNull: an array a method makes and never lets out gets no hooks
    static double arrays() {
        int[] ints = java.util.Objects.requireNonNull(new int[2]);
        long[] longs = java.util.Objects.requireNonNull(new long[2]);
        float[] floats = java.util.Objects.requireNonNull(new float[2]);
        double[] doubles = java.util.Objects.requireNonNull(new double[2]);
        Object[] objects = java.util.Objects.requireNonNull(new Object[2]);
        byte[] bytes = java.util.Objects.requireNonNull(new byte[2]);
        char[] chars = java.util.Objects.requireNonNull(new char[2]);
        short[] shorts = java.util.Objects.requireNonNull(new short[2]);
        boolean[] booleans = java.util.Objects.requireNonNull(new boolean[2]);
        ints[1] = 1;
        longs[1] = 2L;
        floats[1] = 3f;
        doubles[1] = 4d;
        objects[1] = "5";
        bytes[1] = 6;
        chars[1] = 7;
        shorts[1] = 8;
        booleans[1] = true;
        return ints[1] + longs[1] + floats[1] + doubles[1] + Integer.parseInt((String) objects[1]) + bytes[1] + chars[1]
                + shorts[1] + (booleans[1] ? 9 : 0);
    }
}
