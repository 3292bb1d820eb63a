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

    /** True when {@code other} is in this site's class and method. */
    public boolean sameMethodAs(Site other) {
        return className.equals(other.className) && method.equals(other.method);
    }

    /**
     * Reads back what {@link #toString} wrote.
     *
     * <p><b>Note</b>: like a Java stack trace line, {@code Unknown Source} has no line, so a site with no
     * file reads back with line {@code -1}.
     *
     * @throws IllegalArgumentException when {@code text} is not of the form {@code class.method(where)}
     */
    public static Site parse(String text) {
        int open = text.lastIndexOf('(');
        int dot = open < 0 ? -1 : text.lastIndexOf('.', open);
        if (dot <= 0 || !text.endsWith(")")) {
            throw new IllegalArgumentException("not a site: \"" + text + "\" (expected class.method(File.java:12))");
        }
        String where = text.substring(open + 1, text.length() - 1);
        int colon = where.lastIndexOf(':');
        String file = colon < 0 ? where : where.substring(0, colon);
        int line = colon < 0 ? -1 : Integer.parseInt(where.substring(colon + 1));
        return new Site(text.substring(0, dot), text.substring(dot + 1, open),
                file.equals("Unknown Source") ? null : file, line);
    }

    /** The form of a Java stack trace line: {@code com.example.Account.deposit(Account.java:14)}. */
    @Override
    public String toString() {
        String where = file == null ? "Unknown Source" : line >= 0 ? file + ":" + line : file;
        return className + "." + method + "(" + where + ")";
    }
}
