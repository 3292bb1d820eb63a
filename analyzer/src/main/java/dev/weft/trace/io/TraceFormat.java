package dev.weft.trace.io;

import java.nio.charset.StandardCharsets;

/**
 * Constants of weft's trace format (described in {@code docs/trace-format.md}): the magic bytes, the
 * version, and the tags of the table records. Event tags come from {@link EventCodec}.
 */
final class TraceFormat {

    static final byte[] MAGIC = "WEFTTRC\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;

    static final int SITE = 1;
    static final int THREAD = 2;
    static final int LOCK = 3;
    static final int FIELD = 4;
    static final int ARRAY = 5;

    private TraceFormat() { }
}
