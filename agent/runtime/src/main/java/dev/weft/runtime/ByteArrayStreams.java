package dev.weft.runtime;

import java.io.ByteArrayInputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The reads of the array behind a {@code ByteArrayInputStream} that its {@code read} calls make inside the JDK: a parser
 * reading a stream over a buffer another thread writes races with that thread on the buffer's elements. Around a call
 * of instrumented code on a stream ({@link ArrayCalls#READ_INTO}, {@link ArrayCalls#BYTE_READ}), the stream's position is
 * taken before, and the elements from there that the call says it read are reported after; only for a stream of exactly
 * that class (a subclass may read its array another way), through its fields {@code buf} and {@code pos} ({@code java.io}
 * is open to weft's runtime); a stream a wrapper reads ({@code new DataInputStream(in)}) is not followed.
 */
final class ByteArrayStreams {

    private static final MethodHandle BUFFER = getter("buf", byte[].class);
    private static final MethodHandle POSITION = getter("pos", int.class);
    private static final MethodHandle START;
    private static final MethodHandle READ;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            START = lookup.findStatic(ByteArrayStreams.class, "start", MethodType.methodType(int.class, Object.class));
            READ = lookup.findStatic(ByteArrayStreams.class, "read",
                    MethodType.methodType(int.class, int.class, int.class, Object.class, boolean.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ByteArrayStreams() { }

    /**
     * {@code call}, {@code (stream, rest...)int}, with the report of the stream's array elements it read: {@code single},
     * a {@code read()} that returns a byte or -1; otherwise a call returning how many bytes it read. {@code call} itself
     * when the stream cannot be a {@code ByteArrayInputStream} or weft cannot read its fields.
     */
    static MethodHandle withSourceRead(MethodHandle call, boolean single, int site) {
        MethodType type = call.type();
        if (BUFFER == null || POSITION == null || type.returnType() != int.class
                || !type.parameterType(0).isAssignableFrom(ByteArrayInputStream.class)) {
            return call;
        }
        java.util.List<Class<?>> rest = type.parameterList().subList(1, type.parameterCount());
        MethodHandle start = MethodHandles.dropArguments(START.asType(MethodType.methodType(int.class, type.parameterType(0))), 1, rest);
        MethodHandle read = MethodHandles.insertArguments(READ, 3, single, site)
                .asType(MethodType.methodType(int.class, int.class, int.class, type.parameterType(0)));
        read = MethodHandles.dropArguments(read, 3, rest); // (start, result, stream, rest...)int
        return MethodHandles.foldArguments(MethodHandles.foldArguments(read, 1, call), start);
    }

    /** Where a {@code ByteArrayInputStream}'s next byte is in its array, or -1 for any other stream. */
    private static int start(Object stream) {
        if (stream == null || stream.getClass() != ByteArrayInputStream.class) {
            return -1;
        }
        try {
            return (int) POSITION.invokeExact(stream);
        } catch (Throwable e) {
            return -1;
        }
    }

    /** After the call: the reads of the elements from {@code start} that it read ({@code result} of them, or one byte). */
    private static int read(int start, int result, Object stream, boolean single, int site) {
        int count = single ? (result >= 0 ? 1 : 0) : result;
        if (start >= 0 && count > 0) {
            try {
                byte[] buffer = (byte[]) (Object) BUFFER.invokeExact(stream);
                if (buffer != null && start <= buffer.length - count) {
                    Weft.arrayElements(buffer, start, start + count, false, site);
                }
            } catch (Throwable e) {
                // the call's result stands
            }
        }
        return result;
    }

    private static MethodHandle getter(String field, Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(ByteArrayInputStream.class, MethodHandles.lookup())
                    .findGetter(ByteArrayInputStream.class, field, type).asType(MethodType.methodType(type == int.class ? int.class : Object.class, Object.class));
        } catch (ReflectiveOperationException | RuntimeException closed) {
            return null; // java.io is not open to weft: the streams' arrays are not checked
        }
    }
}
