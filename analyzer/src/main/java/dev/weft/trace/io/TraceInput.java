package dev.weft.trace.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads what {@link TraceOutput} writes, keeping the offset for error messages. */
final class TraceInput {

    /** Strings longer than this are taken for corruption. */
    private static final int MAX_STRING = 1 << 20;

    private final InputStream in;
    private long offset;

    TraceInput(InputStream in) {
        this.in = in;
    }

    long offset() {
        return offset;
    }

    /** The next byte, or -1 at a clean end of the input. */
    int tagOrEnd() throws IOException {
        int b = in.read();
        if (b >= 0) {
            offset++;
        }
        return b;
    }

    int u8() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        offset++;
        return b;
    }

    boolean flag() throws IOException {
        int b = u8();
        if (b > 1) {
            throw new TraceFormatException("bad flag byte " + b, offset - 1);
        }
        return b == 1;
    }

    long unsigned() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new TraceFormatException("varint longer than 10 bytes", offset);
    }

    long signed() throws IOException {
        long raw = unsigned();
        return (raw >>> 1) ^ -(raw & 1);
    }

    int signedInt() throws IOException {
        long value = signed();
        if (value != (int) value) {
            throw new TraceFormatException("value " + value + " does not fit an int", offset);
        }
        return (int) value;
    }

    String string() throws IOException {
        long length = unsigned();
        if (length > MAX_STRING) {
            throw new TraceFormatException("string of " + length + " bytes", offset);
        }
        byte[] bytes = in.readNBytes((int) length);
        offset += bytes.length;
        if (bytes.length < length) {
            throw new EOFException();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
