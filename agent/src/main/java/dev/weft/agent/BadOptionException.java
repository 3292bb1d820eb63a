package dev.weft.agent;

/** A malformed or unknown agent option; its message is the one line the user sees. */
public final class BadOptionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the line to show the user. */
    public BadOptionException(String message) {
        super(message);
    }
}
