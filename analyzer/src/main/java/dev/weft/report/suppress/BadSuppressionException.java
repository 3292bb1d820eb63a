package dev.weft.report.suppress;

/** A line of a suppressions file that is not a suppression; its message is the one line the user sees. */
public final class BadSuppressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the line to show the user. */
    public BadSuppressionException(String message) {
        super(message);
    }
}
