package dev.weft.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code invokedynamic} bootstrap of the JDK calls that read or write the elements of an array in
 * bulk inside the JDK, where no access hook sees them: {@code System.arraycopy}, {@code Arrays.fill},
 * {@code Arrays.copyOf}/{@code copyOfRange}, {@code Arrays.sort}, {@code Arrays.equals}/{@code hashCode}/
 * {@code toString}; {@code String.getChars} and {@code StringBuilder.getChars}; the calls of streams, readers,
 * writers, NIO buffers and random generators that fill an array or read one ({@code in.read(buffer)},
 * {@code buffer.get(bytes)}, {@code out.write(bytes)}...), and the gets and puts of a buffer backed by an array
 * ({@code ByteBuffer.wrap(array).putInt(0, v)}). The linked handle reports the elements the call
 * is about to read or write ({@link Weft#arrayElements}), then makes the call; a call that fills an array
 * reports the elements it wrote after it returns, since only then does a {@code read} say how many.
 *
 * <p>The listener decides what a bulk access costs: the race detector checks only the elements that
 * instrumented code has accessed already (see {@code RaceTracker}).
 *
 * <p><b>Important</b>: a bootstrap never fails because of weft: if the adapted handle cannot be built,
 * the call site links to the original method alone. Arguments that make the call throw (a {@code null}
 * array, a range out of bounds) are not reported: the call throws as it would.
 */
public final class ArrayCalls {

    /** Shape: {@code arraycopy(src, srcPos, dest, destPos, length)}. */
    public static final int COPY = 1;
    /** Shape: the whole of the first argument is written ({@code fill(a, v)}). */
    public static final int WRITE_ALL = 2;
    /** Shape: elements {@code [from, to)} of the first argument are written ({@code fill(a, from, to, v)}). */
    public static final int WRITE_RANGE = 3;
    /** Shape: the whole of the first argument is read ({@code hashCode(a)}, {@code toString(a)}). */
    public static final int READ_ALL = 4;
    /** Shape: elements {@code [from, to)} of the first argument are read ({@code copyOfRange(a, from, to)}). */
    public static final int READ_RANGE = 5;
    /** Shape: the first {@code newLength} elements of the first argument are read ({@code copyOf(a, newLength)}). */
    public static final int READ_PREFIX = 6;
    /** Shape: the whole of the first argument is read and written ({@code sort(a)}). */
    public static final int UPDATE_ALL = 7;
    /** Shape: elements {@code [from, to)} of the first argument are read and written ({@code sort(a, from, to)}). */
    public static final int UPDATE_RANGE = 8;
    /** Shape: the whole of the first two arguments is read ({@code equals(a, b)}). */
    public static final int READ_BOTH = 9;
    /**
     * Shape: {@code text.getChars(srcBegin, srcEnd, dst, dstBegin)} of a {@code String} or a {@code StringBuilder}
     * writes elements {@code [dstBegin, dstBegin + srcEnd - srcBegin)} of {@code dst}.
     */
    public static final int CHARS_OUT = 10;
    /**
     * Shape: {@code in.read(array)} or {@code in.read(array, off, len)} of a stream or reader (also
     * {@code readNBytes}): when it returns {@code n > 0}, elements {@code [off, off + n)} were written.
     */
    public static final int READ_INTO = 11;
    /**
     * Shape: {@code in.readFully(array)}, {@code buffer.get(array)}, {@code random.nextBytes(array)}, or with
     * {@code (array, off, len)}: when it returns, the whole array, or elements {@code [off, off + len)}, were written.
     */
    public static final int FILLED = 12;
    /**
     * Shape: {@code out.write(array)} or {@code out.write(array, off, len)} of a stream or writer,
     * {@code buffer.put(array)}...: the whole array, or elements {@code [off, off + len)}, are read.
     */
    public static final int WRITTEN_OUT = 13;
    /**
     * Shape: elements {@code [off, off + count)} of the first argument are read ({@code String.valueOf(chars, off, count)},
     * {@code new String(bytes, off, count, charset)}).
     */
    public static final int READ_SPAN = 14;
    /**
     * Shape: {@code channel.read(buffer)} or {@code channel.read(buffer, position)} of a channel,
     * {@code reader.read(charBuffer)}: when it returns {@code n > 0} and the buffer is backed by an array
     * ({@code ByteBuffer.wrap(array)}), the {@code n} elements from the buffer's position before the call were written.
     */
    public static final int READ_INTO_BUFFER = 15;
    /**
     * Shape: a relative {@code get()}, {@code getInt()}... of an NIO buffer: when the buffer is backed by an array
     * ({@code ByteBuffer.wrap(array)}), the elements of the value at its position are read (four of a {@code byte[]} for an {@code int}).
     */
    public static final int BUFFER_GET = 16;
    /** Shape: a relative {@code put(v)}, {@code putInt(v)}... of an NIO buffer: as {@link #BUFFER_GET}, written. */
    public static final int BUFFER_PUT = 17;
    /** Shape: an absolute {@code get(index)}, {@code getInt(index)}... of an NIO buffer: as {@link #BUFFER_GET}, at {@code index}. */
    public static final int BUFFER_GET_AT = 18;
    /** Shape: an absolute {@code put(index, v)}, {@code putInt(index, v)}... of an NIO buffer: as {@link #BUFFER_GET_AT}, written. */
    public static final int BUFFER_PUT_AT = 19;
    /**
     * Shape: {@code binarySearch(a, key)} or {@code binarySearch(a, from, to, key)} of {@code Arrays} (with a comparator or
     * not): when it returns, the elements it surely compared were read, the one found, or the two around the insertion
     * point (the search narrowed its range to that point through both, but for the range's ends).
     */
    public static final int SEARCHED = 20;
    /**
     * Shape: {@code mismatch(a, b)} or {@code mismatch(a, aFrom, aTo, b, bFrom, bTo)} of {@code Arrays} (with a comparator or
     * not): when it returns, the elements of both up to the index it returned were read, all of both when it found none.
     */
    public static final int MISMATCHED = 21;
    /**
     * Shape: {@code compare(a, b)} or {@code compareUnsigned(a, b)} of {@code Arrays}, whole or of ranges: when it returns 0,
     * all the elements of both were read; otherwise, for arrays of a primitive type, those up to the first that differ (found
     * again after the call); for arrays of objects, whose comparison called the program, nothing.
     */
    public static final int COMPARED = 22;
    /**
     * Shape: {@code deepToString(a)} or {@code deepHashCode(a)} of {@code Arrays}: the elements of {@code a} and of the arrays
     * it holds, nested at any depth, are read ({@link DeepArrays}).
     */
    public static final int DEEP_READ = 23;
    /** Shape: {@code deepEquals(a, b)} of {@code Arrays}: when it returns true, as {@link #DEEP_READ} of both; when false, nothing. */
    public static final int DEEP_EQUALS = 24;
    /**
     * Shape: {@code in.read()} of an {@code InputStream}: when the stream is a {@code ByteArrayInputStream} and the call returned
     * a byte, the element of the stream's array it read ({@link ByteArrayStreams}; the array calls of {@link #READ_INTO} report
     * the elements they copied from it too).
     */
    public static final int BYTE_READ = 25;
    /**
     * Shape: {@code charBuffer.toString()}: when the buffer is backed by an array ({@code CharBuffer.wrap(chars)}), the
     * elements between its position and its limit are read.
     */
    public static final int BUFFER_REMAINING = 26;
    /**
     * Bit added to the shape of a call on an NIO buffer, a digest or a checksum (with race detection): the call moves the
     * buffer's position or updates the digest, a write of the object's own variable ({@link CollectionContents#objectWriting}),
     * checked before the call.
     */
    public static final int POSITION_MOVED = 1 << 8;
    /** As {@link #POSITION_MOVED}, for an absolute call, which reads the buffer's position and limit only. */
    public static final int POSITION_READ = 1 << 9;

    private static final int READ = 1;
    private static final int WRITE = 2;

    private static final MethodHandle COPYING;
    private static final MethodHandle WHOLE;
    private static final MethodHandle RANGE;
    private static final MethodHandle PREFIX;
    private static final MethodHandle BOTH;
    private static final MethodHandle CHARS;
    private static final MethodHandle SPAN;
    private static final MethodHandle COUNTED;
    private static final MethodHandle COUNTED_SPAN;
    private static final MethodHandle SEARCHED_WHOLE;
    private static final MethodHandle SEARCHED_RANGE;
    private static final MethodHandle MISMATCHED_WHOLE;
    private static final MethodHandle MISMATCHED_RANGE;
    private static final MethodHandle DEEP;
    private static final MethodHandle DEEP_EQUAL;
    private static final MethodHandle BUFFER_START;
    private static final MethodHandle BUFFER_FILLED;
    private static final MethodHandle BUFFER_NEXT;
    private static final MethodHandle BUFFER_AT;
    private static final MethodHandle BUFFER_LEFT;
    private static final MethodHandle POSITION_WRITING;
    private static final MethodHandle POSITION_READING;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            COPYING = lookup.findStatic(ArrayCalls.class, "copying", MethodType.methodType(void.class,
                    Object.class, int.class, Object.class, int.class, int.class, int.class));
            WHOLE = lookup.findStatic(ArrayCalls.class, "whole",
                    MethodType.methodType(void.class, Object.class, int.class, int.class));
            RANGE = lookup.findStatic(ArrayCalls.class, "range",
                    MethodType.methodType(void.class, Object.class, int.class, int.class, int.class, int.class));
            PREFIX = lookup.findStatic(ArrayCalls.class, "prefix",
                    MethodType.methodType(void.class, Object.class, int.class, int.class));
            BOTH = lookup.findStatic(ArrayCalls.class, "both",
                    MethodType.methodType(void.class, Object.class, Object.class, int.class));
            CHARS = lookup.findStatic(ArrayCalls.class, "chars", MethodType.methodType(void.class,
                    Object.class, int.class, int.class, Object.class, int.class, int.class));
            SPAN = lookup.findStatic(ArrayCalls.class, "span",
                    MethodType.methodType(void.class, Object.class, int.class, int.class, int.class, int.class));
            COUNTED = lookup.findStatic(ArrayCalls.class, "counted",
                    MethodType.methodType(int.class, int.class, Object.class, int.class));
            COUNTED_SPAN = lookup.findStatic(ArrayCalls.class, "countedSpan",
                    MethodType.methodType(int.class, int.class, Object.class, int.class, int.class, int.class));
            SEARCHED_WHOLE = lookup.findStatic(ArrayCalls.class, "searchedWhole",
                    MethodType.methodType(int.class, int.class, Object.class, int.class));
            SEARCHED_RANGE = lookup.findStatic(ArrayCalls.class, "searched",
                    MethodType.methodType(int.class, int.class, Object.class, int.class, int.class, int.class));
            MISMATCHED_WHOLE = lookup.findStatic(ArrayCalls.class, "mismatchedWhole",
                    MethodType.methodType(int.class, int.class, Object.class, Object.class, boolean.class, int.class));
            MISMATCHED_RANGE = lookup.findStatic(ArrayCalls.class, "mismatched", MethodType.methodType(int.class, int.class,
                    Object.class, int.class, int.class, Object.class, int.class, int.class, boolean.class, int.class));
            DEEP = lookup.findStatic(DeepArrays.class, "read", MethodType.methodType(void.class, Object.class, int.class));
            DEEP_EQUAL = lookup.findStatic(DeepArrays.class, "compared",
                    MethodType.methodType(boolean.class, boolean.class, Object.class, Object.class, int.class));
            POSITION_WRITING = lookup.findStatic(CollectionContents.class, "objectWriting", MethodType.methodType(void.class, Object.class, int.class));
            POSITION_READING = lookup.findStatic(CollectionContents.class, "objectReading", MethodType.methodType(void.class, Object.class, int.class));
            BUFFER_START = lookup.findStatic(ArrayCalls.class, "bufferStart", MethodType.methodType(int.class, Object.class));
            BUFFER_FILLED = lookup.findStatic(ArrayCalls.class, "bufferFilled",
                    MethodType.methodType(int.class, int.class, int.class, Object.class, int.class));
            BUFFER_NEXT = lookup.findStatic(ArrayCalls.class, "bufferNext",
                    MethodType.methodType(void.class, Object.class, int.class, int.class, int.class));
            BUFFER_LEFT = lookup.findStatic(ArrayCalls.class, "bufferLeft", MethodType.methodType(void.class, Object.class, int.class));
            BUFFER_AT = lookup.findStatic(ArrayCalls.class, "bufferAt",
                    MethodType.methodType(void.class, Object.class, int.class, int.class, int.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ArrayCalls() { }

    /**
     * Links a bulk array call: a static call, or for {@link #READ_INTO}, {@link #FILLED} and
     * {@link #WRITTEN_OUT} a call on a receiver followed by the array and, but for {@code (array)}, {@code off, len}.
     *
     * @param caller the calling class's lookup
     * @param name   the method's name
     * @param type   the call's type
     * @param target the original method
     * @param site   the call's site
     * @param shape  which arguments are the arrays and ranges: {@link #COPY}, {@link #WRITE_ALL}..., and for a call on
     *               a buffer possibly {@link #POSITION_MOVED} or {@link #POSITION_READ}
     * @return the call site
     */
    public static CallSite call(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target,
                                int site, int shape) {
        CallSite linked = linked(type, target, site, shape & ~(POSITION_MOVED | POSITION_READ));
        if ((shape & (POSITION_MOVED | POSITION_READ)) == 0) {
            return linked;
        }
        try {
            MethodHandle position = MethodHandles.insertArguments((shape & POSITION_MOVED) != 0 ? POSITION_WRITING : POSITION_READING, 1, site)
                    .asType(MethodType.methodType(void.class, type.parameterType(0)));
            return new ConstantCallSite(MethodHandles.foldArguments(linked.getTarget(), position));
        } catch (RuntimeException | Error e) {
            return linked;
        }
    }

    private static CallSite linked(MethodType type, MethodHandle target, int site, int shape) {
        MethodHandle call = target.asType(type);
        try {
            if (shape == READ_INTO || shape == FILLED) {
                MethodHandle reporting = reportingAfter(call, shape, site);
                return new ConstantCallSite(shape == READ_INTO ? ByteArrayStreams.withSourceRead(reporting, false, site) : reporting);
            }
            if (shape == BYTE_READ) {
                return new ConstantCallSite(ByteArrayStreams.withSourceRead(call, true, site));
            }
            if (shape == READ_INTO_BUFFER) {
                return new ConstantCallSite(readingIntoBuffer(call, site));
            }
            if (shape == SEARCHED) {
                return new ConstantCallSite(searching(call, site));
            }
            if (shape == MISMATCHED || shape == COMPARED) {
                return new ConstantCallSite(mismatching(call, shape == COMPARED, site));
            }
            if (shape == DEEP_EQUALS) {
                MethodHandle after = MethodHandles.insertArguments(DEEP_EQUAL, 3, site).asType(type.insertParameterTypes(0, boolean.class));
                return new ConstantCallSite(MethodHandles.foldArguments(after, call));
            }
            MethodHandle hook = switch (shape) {
                case COPY -> MethodHandles.insertArguments(COPYING, 5, site);
                case WRITE_ALL -> MethodHandles.insertArguments(WHOLE, 1, site, WRITE);
                case READ_ALL -> MethodHandles.insertArguments(WHOLE, 1, site, READ);
                case UPDATE_ALL -> MethodHandles.insertArguments(WHOLE, 1, site, READ | WRITE);
                case WRITE_RANGE -> MethodHandles.insertArguments(RANGE, 3, site, WRITE);
                case READ_RANGE -> MethodHandles.insertArguments(RANGE, 3, site, READ);
                case UPDATE_RANGE -> MethodHandles.insertArguments(RANGE, 3, site, READ | WRITE);
                case READ_PREFIX -> MethodHandles.insertArguments(PREFIX, 2, site);
                case READ_BOTH -> MethodHandles.insertArguments(BOTH, 2, site);
                case DEEP_READ -> MethodHandles.insertArguments(DEEP, 1, site);
                case CHARS_OUT -> MethodHandles.insertArguments(CHARS, 5, site);
                case READ_SPAN -> MethodHandles.insertArguments(SPAN, 3, site, READ);
                case BUFFER_GET, BUFFER_PUT -> MethodHandles.insertArguments(BUFFER_NEXT, 1, valueWidth(type, shape), site,
                        shape == BUFFER_GET ? READ : WRITE);
                case BUFFER_GET_AT, BUFFER_PUT_AT -> MethodHandles.insertArguments(BUFFER_AT, 2, valueWidth(type, shape), site,
                        shape == BUFFER_GET_AT ? READ : WRITE);
                case BUFFER_REMAINING -> MethodHandles.insertArguments(BUFFER_LEFT, 1, site);
                case WRITTEN_OUT -> onArgumentsOf(type, type.parameterCount() == 2
                        ? MethodHandles.insertArguments(WHOLE, 1, site, READ) : MethodHandles.insertArguments(SPAN, 3, site, READ));
                default -> null;
            };
            if (hook == null) {
                return new ConstantCallSite(call);
            }
            int arity = hook.type().parameterCount();
            hook = hook.asType(MethodType.methodType(void.class, type.parameterList().subList(0, arity)));
            return new ConstantCallSite(MethodHandles.foldArguments(call, hook));
        } catch (RuntimeException | Error e) {
            return new ConstantCallSite(call);
        }
    }

    /**
     * The call, then the report of the elements it wrote: those {@code [off, off + n)} that a {@link #READ_INTO}
     * call says it read, all those a {@link #FILLED} call fills. Nothing is reported when the call throws.
     */
    private static MethodHandle reportingAfter(MethodHandle call, int shape, int site) {
        MethodType type = call.type();
        boolean whole = type.parameterCount() == 2;
        if (shape == READ_INTO) {
            MethodHandle counted = whole ? MethodHandles.insertArguments(COUNTED, 2, site) : MethodHandles.insertArguments(COUNTED_SPAN, 4, site);
            MethodHandle after = MethodHandles.dropArguments(counted, 1, type.parameterType(0)); // (n, receiver, array...)
            return MethodHandles.foldArguments(after.asType(type.insertParameterTypes(0, type.returnType())), call);
        }
        MethodHandle filled = onArgumentsOf(type, whole
                ? MethodHandles.insertArguments(WHOLE, 1, site, WRITE) : MethodHandles.insertArguments(SPAN, 3, site, WRITE))
                .asType(type.changeReturnType(void.class));
        if (type.returnType() == void.class) {
            return MethodHandles.foldArguments(filled, call);
        }
        MethodHandle result = MethodHandles.dropArguments(MethodHandles.identity(type.returnType()), 1, type.parameterList());
        return MethodHandles.foldArguments(MethodHandles.foldArguments(result, 1, filled), call);
    }

    /**
     * The call {@code (receiver, buffer, rest...)int}, between the buffer's start in its array, taken before, and the
     * report of the elements it wrote from there, after.
     */
    private static MethodHandle readingIntoBuffer(MethodHandle call, int site) {
        MethodType type = call.type();
        List<Class<?>> rest = type.parameterList().subList(2, type.parameterCount());
        MethodHandle start = MethodHandles.dropArguments(BUFFER_START.asType(MethodType.methodType(int.class, type.parameterType(1))), 0, type.parameterType(0));
        start = MethodHandles.dropArguments(start, 2, rest); // (receiver, buffer, rest...)int
        MethodHandle filled = MethodHandles.insertArguments(BUFFER_FILLED, 3, site)
                .asType(MethodType.methodType(int.class, int.class, int.class, type.parameterType(1)));
        filled = MethodHandles.dropArguments(filled, 2, type.parameterType(0)); // (start, n, receiver, buffer)int
        filled = MethodHandles.dropArguments(filled, 4, rest);
        return MethodHandles.foldArguments(MethodHandles.foldArguments(filled, 1, call), start);
    }

    /**
     * The search {@code (array, [from, to,] key[, comparator])int}, then the report of the elements it compared
     * ({@link #searched}); nothing is reported when the call throws.
     */
    private static MethodHandle searching(MethodHandle call, int site) {
        MethodType type = call.type();
        boolean range = type.parameterCount() >= 4;
        MethodHandle after = range ? MethodHandles.insertArguments(SEARCHED_RANGE, 4, site) : MethodHandles.insertArguments(SEARCHED_WHOLE, 2, site);
        after = MethodHandles.dropArguments(after, range ? 4 : 2, type.parameterList().subList(range ? 3 : 1, type.parameterCount()));
        return MethodHandles.foldArguments(after.asType(type.insertParameterTypes(0, int.class)), call);
    }

    /**
     * The comparison {@code (a, [aFrom, aTo,] b, [bFrom, bTo,] [comparator])int}, then the report of the elements it read
     * ({@link #mismatched}); nothing is reported when the call throws.
     */
    private static MethodHandle mismatching(MethodHandle call, boolean compare, int site) {
        MethodType type = call.type();
        boolean range = type.parameterCount() >= 6;
        MethodHandle after = range ? MethodHandles.insertArguments(MISMATCHED_RANGE, 7, compare, site)
                : MethodHandles.insertArguments(MISMATCHED_WHOLE, 3, compare, site);
        int used = range ? 6 : 2;
        after = MethodHandles.dropArguments(after, used + 1, type.parameterList().subList(used, type.parameterCount()));
        return MethodHandles.foldArguments(after.asType(type.insertParameterTypes(0, int.class)), call);
    }

    private static int mismatchedWhole(int result, Object a, Object b, boolean compare, int site) {
        return mismatched(result, a, 0, Array.getLength(a), b, 0, Array.getLength(b), compare, site);
    }

    /**
     * After {@code mismatch} or ({@code compare}) {@code compare} of ranges {@code [aFrom, aTo)} of {@code a} and
     * {@code [bFrom, bTo)} of {@code b} returned {@code result}: the reads of the elements of both up to the first that
     * differ, or of the shorter range when one is a prefix of the other, or of all of both when they are equal.
     */
    private static int mismatched(int result, Object a, int aFrom, int aTo, Object b, int bFrom, int bTo, boolean compare, int site) {
        int length = Math.min(aTo - aFrom, bTo - bFrom);
        int index = !compare ? result : result == 0 ? -1 : PrimitiveMismatch.of(a, aFrom, aTo, b, bFrom, bTo);
        if (compare && result != 0 && index == PrimitiveMismatch.UNKNOWN) {
            return result;
        }
        int read = index < 0 ? length : Math.min(index + 1, length);
        range(a, aFrom, aFrom + read, site, READ);
        range(b, bFrom, bFrom + read, site, READ);
        return result;
    }

    private static int searchedWhole(int result, Object array, int site) {
        return searched(result, array, 0, Array.getLength(array), site);
    }

    /**
     * After a binary search of {@code [from, to)} returned {@code result}: the reads of the element found, or of those
     * just below and at the insertion point that lie in the range; the search's other reads depend on the values, and
     * are not reported.
     */
    private static int searched(int result, Object array, int from, int to, int site) {
        if (result >= 0) {
            range(array, result, result + 1, site, READ);
        } else {
            int insertion = -result - 1;
            range(array, Math.max(from, insertion - 1), Math.min(to, insertion + 1), site, READ);
        }
        return result;
    }

    /** Where a buffer's next element is in the array behind it, or -1 when no array the program can reach is behind it. */
    private static int bufferStart(Object buffer) {
        return buffer instanceof Buffer b && b.hasArray() ? b.arrayOffset() + b.position() : -1;
    }

    private static int bufferFilled(int start, int count, Object buffer, int site) {
        if (start >= 0 && count > 0) {
            span(((Buffer) buffer).array(), start, count, site, WRITE);
        }
        return count;
    }

    /**
     * How many elements of the array behind the buffer a get or put of the call's type reaches: one, but for a
     * {@code ByteBuffer}'s values wider than a byte ({@code getInt}: four).
     */
    private static int valueWidth(MethodType type, int shape) {
        if (!ByteBuffer.class.isAssignableFrom(type.parameterType(0))) {
            return 1;
        }
        Class<?> value = shape == BUFFER_GET || shape == BUFFER_GET_AT ? type.returnType() : type.parameterType(type.parameterCount() - 1);
        return value == long.class || value == double.class ? 8 : value == int.class || value == float.class ? 4
                : value == char.class || value == short.class ? 2 : 1;
    }

    /** Before a relative get or put of {@code width} elements: reports them when the buffer is backed by an array and has them left. */
    private static void bufferNext(Object buffer, int width, int site, int mode) {
        if (buffer instanceof Buffer b && b.hasArray() && b.remaining() >= width) {
            report(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.position() + width, mode, site);
        }
    }

    /** Before a buffer's {@code toString()}: the reads of the elements it has left, when it is backed by an array. */
    private static void bufferLeft(Object buffer, int site) {
        if (buffer instanceof Buffer b && b.hasArray()) {
            report(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.limit(), READ, site);
        }
    }

    /** Before an absolute get or put of {@code width} elements at {@code index}: as {@link #bufferNext}. */
    private static void bufferAt(Object buffer, int index, int width, int site, int mode) {
        if (buffer instanceof Buffer b && b.hasArray() && index >= 0 && index <= b.limit() - width) {
            report(b.array(), b.arrayOffset() + index, b.arrayOffset() + index + width, mode, site);
        }
    }

    /** {@code hook}, which takes the array and what follows it, made to take the receiver of an instance call first. */
    private static MethodHandle onArgumentsOf(MethodType type, MethodHandle hook) {
        return MethodHandles.dropArguments(hook, 0, type.parameterType(0));
    }

    /**
     * Before an array's {@code clone()}, or a {@code new String(chars)} or {@code new String(bytes)}, in
     * instrumented code: reports the reads of its elements.
     *
     * @param array the array ({@code null}: the call then throws, as it would)
     * @param site  the call's site
     */
    public static void readingAll(Object array, int site) {
        whole(array, site, READ);
    }

    /**
     * Before a {@code builder.append(chars, off, count)} in instrumented code: reports the reads of elements
     * {@code [off, off + count)}.
     *
     * @return {@code array}, for the call
     */
    public static Object readingSpan(Object array, int off, int count, int site) {
        span(array, off, count, site, READ);
        return array;
    }

    /**
     * After a {@code collection.toArray(array)} in instrumented code: when the call filled {@code array} (it
     * returned it) and the collection is the JDK's (an application's own {@code toArray} is instrumented
     * itself), reports the writes of its elements up to the first {@code null}, which the call writes after the
     * collection's elements when there is room: a collection holding a {@code null} reports fewer.
     *
     * @return {@code result}, the call's
     */
    public static Object filledByToArray(Object collection, Object array, Object result, int site) {
        if (result == array && array instanceof Object[] elements && collection.getClass().getClassLoader() == null) {
            int filled = elements.length;
            for (int i = 0; i < elements.length; i++) {
                if (elements[i] == null) {
                    filled = i + 1;
                    break;
                }
            }
            report(array, 0, filled, WRITE, site);
        }
        return result;
    }

    /**
     * Before {@code list.get(index)} in instrumented code: when {@code list} is an {@code Arrays.asList(array)} view (or
     * a {@code subList} of one), the read of the array's element at {@code index}, which the view reads inside the JDK.
     */
    public static void viewElementRead(Object list, int index, int site) {
        viewElements(list, index, index + 1, READ, site);
    }

    /** Before {@code list.set(index, value)} in instrumented code: as {@link #viewElementRead}, a read and a write of the element. */
    public static void viewElementSet(Object list, int index, int site) {
        viewElements(list, index, index + 1, READ | WRITE, site);
    }

    /** Before {@code list.sort(comparator)} or {@code list.replaceAll(operator)} in instrumented code: as {@link #viewElementRead}, of every element. */
    public static void viewElementsUpdated(Object list, int site) {
        viewElements(list, 0, Integer.MAX_VALUE, READ | WRITE, site);
    }

    /**
     * Before {@code list.toArray()}, {@code toArray(array)}, {@code forEach}, {@code hashCode()}, {@code toString()},
     * {@code stream()}, {@code parallelStream()} or {@code spliterator()} in instrumented code: as {@link #viewElementRead},
     * the reads of every element (a stream's, as {@code Arrays.stream(array)}'s, taken to be where it is made).
     */
    public static void viewElementsRead(Object list, int site) {
        viewElements(list, 0, Integer.MAX_VALUE, READ, site);
    }

    /**
     * After {@code list.indexOf(x)} ({@code last} 0) or {@code lastIndexOf(x)} (1) in instrumented code: as
     * {@link #viewElementRead}, the reads of the elements the search went through, up to the one it found.
     *
     * @return {@code found}, the call's
     */
    public static int viewIndexFound(Object list, int found, int last, int site) {
        boolean all = found < 0;
        viewElements(list, last == 0 || all ? 0 : found, last != 0 || all ? Integer.MAX_VALUE : found + 1, READ, site);
        return found;
    }

    /**
     * After {@code list.contains(x)} in instrumented code: as {@link #viewElementRead}, the reads of every element when
     * none was found; where the search stopped is not known when one was, so then nothing is reported.
     *
     * @return {@code found}, the call's
     */
    public static boolean viewContained(Object list, boolean found, int site) {
        if (!found) {
            viewElements(list, 0, Integer.MAX_VALUE, READ, site);
        }
        return found;
    }

    /**
     * After {@code iterator.next()} (or a list iterator's {@code previous()}) in instrumented code: when {@code iterator}
     * is one of an {@code Arrays.asList(array)} view's, the read of the element it returned, which it read inside the JDK.
     */
    public static void viewIteratorNext(Object iterator, int site) {
        if (iterator == null) {
            return;
        }
        if (iterator.getClass() == AsListViews.ITERATOR) {
            Object[] array = AsListViews.iterated(iterator);
            int index = AsListViews.cursor(iterator) - 1;
            if (array != null && index >= 0 && index < array.length) {
                report(array, index, index + 1, READ, site);
            }
        } else if (iterator.getClass() == AsListViews.LIST_ITERATOR) {
            listIterated(iterator, READ, site);
        }
    }

    /**
     * Before {@code listIterator.set(value)} in instrumented code: when {@code iterator} is one of an
     * {@code Arrays.asList(array)} view's ({@code listIterator()}), the write of the element it returned last.
     */
    public static void viewListIteratorSet(Object iterator, int site) {
        if (iterator != null && iterator.getClass() == AsListViews.LIST_ITERATOR) {
            listIterated(iterator, WRITE, site);
        }
    }

    /** The access of the element a view's list iterator returned last (its {@code lastRet}), if it is a view's. */
    private static void listIterated(Object iterator, int mode, int site) {
        Object[] array = AsListViews.arrayBehind(AsListViews.listIterated(iterator));
        int index = AsListViews.lastReturned(iterator);
        if (array != null && index >= 0 && index < array.length) {
            report(array, index, index + 1, mode, site);
        }
    }

    /**
     * After {@code list.equals(other)} in instrumented code: when it was true and {@code list}, or {@code other} given to
     * a JDK list, is an {@code Arrays.asList(array)} view (or a {@code subList} of one) other than the other, the reads of all its elements,
     * which the comparison went through; where a comparison that failed stopped is not known, so then nothing is reported.
     *
     * @return {@code equal}, the call's
     */
    public static boolean viewCompared(Object list, Object other, boolean equal, int site) {
        if (equal && list != other && list != null) {
            viewElements(list, 0, Integer.MAX_VALUE, READ, site);
            if (list.getClass().getClassLoader() == null) {
                viewElements(other, 0, Integer.MAX_VALUE, READ, site); // an application's equals may not read it
            }
        }
        return equal;
    }

    /**
     * After {@code collection.containsAll(other)} in instrumented code: when {@code collection} is a view (or a sublist of
     * one) and the call was false, the reads of all its elements, which the last search went through; when {@code other}
     * is one and the call was true, the reads of all of its, each of which was looked for.
     *
     * @return {@code all}, the call's
     */
    public static boolean viewContainedAll(Object collection, Object other, boolean all, int site) {
        if (!all) {
            viewElements(collection, 0, Integer.MAX_VALUE, READ, site);
        } else if (collection != null && collection.getClass().getClassLoader() == null) {
            viewElements(other, 0, Integer.MAX_VALUE, READ, site); // an application's containsAll may not read it
        }
        return all;
    }

    /**
     * Reports the accesses of elements {@code [from, to)} of {@code list} (to its end when {@code to} is beyond it) when
     * it is an {@code Arrays.asList(array)} view or a {@code subList} of one: the elements of the array behind it.
     */
    private static void viewElements(Object list, int from, int to, int mode, int site) {
        Object[] array = AsListViews.arrayBehind(list);
        if (array == null) {
            return;
        }
        int offset = AsListViews.offset(list);
        int size = AsListViews.size(list, array);
        if (from >= 0 && from < size && offset >= 0 && offset <= array.length - size) {
            report(array, offset + from, offset + Math.min(to, size), mode, site);
        }
    }

    /**
     * The array behind an {@code Arrays.asList} view, read through its field {@code a}, and behind a {@code subList} of one
     * and the view's iterator, read through theirs ({@code java.util} is open to weft's runtime in a race run).
     */
    private static final class AsListViews {
        static final Class<?> TYPE = Arrays.asList().getClass();
        static final Class<?> ITERATOR = Arrays.asList().iterator().getClass();
        static final Class<?> SUBLIST = Arrays.asList(0).subList(0, 1).getClass();
        /** The class of a view's {@code listIterator()}: {@code AbstractList}'s, whose {@code set} writes through the view's {@code set}. */
        static final Class<?> LIST_ITERATOR = Arrays.asList().listIterator().getClass();
        static final MethodHandle LIST_ITERATED = getter(LIST_ITERATOR.getSuperclass(), "this$0", java.util.AbstractList.class);
        static final MethodHandle LAST_RETURNED = getter(LIST_ITERATOR.getSuperclass(), "lastRet", int.class);
        static final MethodHandle ARRAY = getter(TYPE, "a", Object[].class);
        static final MethodHandle ITERATED = getter(ITERATOR, "a", Object[].class);
        static final MethodHandle CURSOR = getter(ITERATOR, "cursor", int.class);
        static final MethodHandle ROOT = getter(SUBLIST.getSuperclass(), "root", java.util.AbstractList.class);
        static final MethodHandle OFFSET = getter(SUBLIST.getSuperclass(), "offset", int.class);
        static final MethodHandle SIZE = getter(SUBLIST.getSuperclass(), "size", int.class);

        /** The array behind {@code list}, a view or a sublist of one; else {@code null}. */
        static Object[] arrayBehind(Object list) {
            Object view = list != null && list.getClass() == SUBLIST ? get(ROOT, list) : list;
            return view != null && view.getClass() == TYPE ? (Object[]) get(ARRAY, view) : null;
        }

        /** Where {@code list}, a view or a sublist of one, starts in the array behind it. */
        static int offset(Object list) {
            return list.getClass() == SUBLIST ? (int) get(OFFSET, list) : 0;
        }

        /** How many elements {@code list}, a view of {@code array} or a sublist of one, holds. */
        static int size(Object list, Object[] array) {
            return list.getClass() == SUBLIST ? (int) get(SIZE, list) : array.length;
        }

        static Object[] iterated(Object iterator) {
            return (Object[]) get(ITERATED, iterator);
        }

        /** The list a list iterator of {@code AbstractList}'s goes through. */
        static Object listIterated(Object iterator) {
            return get(LIST_ITERATED, iterator);
        }

        /** The index of the element a list iterator of {@code AbstractList}'s returned last, -1 when none. */
        static int lastReturned(Object iterator) {
            Object last = get(LAST_RETURNED, iterator);
            return last == null ? -1 : (int) last;
        }

        static int cursor(Object iterator) {
            Object cursor = get(CURSOR, iterator);
            return cursor == null ? -1 : (int) cursor;
        }

        /** The value of a field through {@code getter}, or {@code null} when it is not open to weft. */
        private static Object get(MethodHandle getter, Object object) {
            if (getter == null) {
                return null;
            }
            try {
                return (Object) getter.invokeExact(object);
            } catch (Throwable e) {
                return null;
            }
        }

        private static MethodHandle getter(Class<?> declaring, String field, Class<?> fieldType) {
            try {
                return MethodHandles.privateLookupIn(declaring, MethodHandles.lookup()).findGetter(declaring, field, fieldType)
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (ReflectiveOperationException | RuntimeException closed) {
                return null; // java.util is not open to weft: views are not checked
            }
        }
    }

    private static void copying(Object src, int srcPos, Object dest, int destPos, int length, int site) {
        if (src == null || dest == null || !src.getClass().isArray() || !dest.getClass().isArray() || length < 0
                || srcPos < 0 || destPos < 0 || srcPos > Array.getLength(src) - length
                || destPos > Array.getLength(dest) - length) {
            return;
        }
        report(src, srcPos, srcPos + length, READ, site);
        report(dest, destPos, destPos + length, WRITE, site);
    }

    private static void whole(Object array, int site, int mode) {
        if (array != null) {
            report(array, 0, Array.getLength(array), mode, site);
        }
    }

    private static void range(Object array, int from, int to, int site, int mode) {
        if (array != null && from >= 0 && from <= to && to <= Array.getLength(array)) {
            report(array, from, to, mode, site);
        }
    }

    private static void span(Object array, int off, int length, int site, int mode) {
        if (array != null && off >= 0 && length >= 0 && off <= Array.getLength(array) - length) {
            report(array, off, off + length, mode, site);
        }
    }

    private static int counted(int count, Object array, int site) {
        span(array, 0, count, site, WRITE);
        return count;
    }

    private static int countedSpan(int count, Object array, int off, int length, int site) {
        if (count <= length) {
            span(array, off, count, site, WRITE);
        }
        return count;
    }

    private static void prefix(Object array, int newLength, int site) {
        if (array != null && newLength >= 0) {
            report(array, 0, Math.min(newLength, Array.getLength(array)), READ, site);
        }
    }

    private static void both(Object a, Object b, int site) {
        whole(a, site, READ);
        whole(b, site, READ);
    }

    private static void chars(Object text, int srcBegin, int srcEnd, Object dst, int dstBegin, int site) {
        if (text instanceof CharSequence chars && dst instanceof char[] array && srcBegin >= 0 && srcBegin <= srcEnd
                && srcEnd <= chars.length() && dstBegin >= 0 && dstBegin <= array.length - (srcEnd - srcBegin)) {
            report(array, dstBegin, dstBegin + srcEnd - srcBegin, WRITE, site);
        }
    }

    /** Reports the accesses of elements {@code [from, to)} of {@code array}. */
    private static void report(Object array, int from, int to, int mode, int site) {
        if (from == to) {
            return;
        }
        if ((mode & READ) != 0) {
            Weft.arrayElements(array, from, to, false, site);
        }
        if ((mode & WRITE) != 0) {
            Weft.arrayElements(array, from, to, true, site);
        }
    }
}
