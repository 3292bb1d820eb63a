package dev.weft.trace.io;

import java.io.IOException;

/** A trace file that is not one, or is damaged: the message names what is wrong and where. */
public final class TraceFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A problem found at byte {@code offset} of the file. */
    public TraceFormatException(String problem, long offset) {
        super(problem + " at byte " + offset);
    }

    /** A problem with the file as a whole. */
    public TraceFormatException(String problem) {
        super(problem);
    }
}
