package dev.weft.trace;

/**
 * A place in the program's code: the class, method, source file and line of an instrumented call or
 * access, or of a stack frame.
 *
 * @param className fully qualified, with dots
 * @param method    the method's name
 * @param file      the source file's name, or {@code null} when the class has none recorded
 * @param line      the line number, or {@code -1} when unknown
 */
public record Site(String className, String method, String file, int line) {

    /** A site for code weft has no position for. */
    public static final Site UNKNOWN = new Site("?", "?", null, -1);

    /** The site of a stack frame. */
    public static Site of(StackTraceElement frame) {
        return new Site(frame.getClassName(), frame.getMethodName(), frame.getFileName(), frame.getLineNumber());
    }

    /** True when {@code frame} is in this site's class and method. */
    public boolean sameMethodAs(StackTraceElement frame) {
        return className.equals(frame.getClassName()) && method.equals(frame.getMethodName());
    }

    /** The form of a Java stack trace line: {@code com.example.Account.deposit(Account.java:14)}. */
    @Override
    public String toString() {
        String where = file == null ? "Unknown Source" : line >= 0 ? file + ":" + line : file;
        return className + "." + method + "(" + where + ")";
    }
}
