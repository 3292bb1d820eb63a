package dev.weft.trace.io;

import java.nio.charset.StandardCharsets;

/**
 * Constants of weft's trace format (described in {@code docs/trace-format.md}): the magic bytes, the
 * version, and the tags of the table records. Event tags come from {@link EventCodec}.
 */
final class TraceFormat {

    static final byte[] MAGIC = "WEFTTRC\n".getBytes(StandardCharsets.US_ASCII);
    /** The version written: 2 added the static initializers', the bulk array calls', the collections' and the lock subclasses' events. */
    static final int VERSION = 2;
    /** The oldest version read: a version 1 trace has none of the events version 2 added, and is read as it is. */
    static final int OLDEST_READ = 1;

    static final int SITE = 1;
    static final int THREAD = 2;
    static final int LOCK = 3;
    static final int FIELD = 4;
    static final int ARRAY = 5;
    static final int CLASS = 6;
    static final int CONTENTS_CALL = 7;

    private TraceFormat() { }
}
