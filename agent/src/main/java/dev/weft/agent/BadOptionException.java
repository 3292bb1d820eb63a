package dev.weft.agent;

import java.nio.file.Files;
import java.nio.file.Path;

/** A malformed or unknown agent option; its message is the one line the user sees. */
public final class BadOptionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the line to show the user. */
    public BadOptionException(String message) {
        super(message);
    }

    /** The refusal of option {@code key}'s {@code value}, a file that cannot be read, saying why not. */
    public static BadOptionException unreadableFile(String key, String value, Path file) {
        String why = !Files.exists(file) ? "no such file" : Files.isDirectory(file) ? "it is a directory" : "not readable";
        return new BadOptionException("cannot read the " + key + " file '" + value + "': " + why);
    }
}
