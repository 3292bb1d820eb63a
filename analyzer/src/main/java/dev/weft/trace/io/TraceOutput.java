package dev.weft.trace.io;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The primitive encodings of a trace: one-byte tags and flags, zig-zag varints, length-prefixed UTF-8. */
final class TraceOutput {

    private final DataOutputStream out;

    TraceOutput(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    void raw(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    void tag(int tag) throws IOException {
        out.writeByte(tag);
    }

    void flag(boolean value) throws IOException {
        out.writeByte(value ? 1 : 0);
    }

    void signed(long value) throws IOException {
        unsigned((value << 1) ^ (value >> 63));
    }

    void unsigned(long value) throws IOException {
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    void string(String value) throws IOException {
        byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        unsigned(bytes.length);
        out.write(bytes);
    }

    void flush() throws IOException {
        out.flush();
    }

    void close() throws IOException {
        out.close();
    }
}
