package dev.weft.report.suppress;

import java.util.regex.Pattern;

/**
 * One line of a suppressions file, {@code kind:pattern}: findings of {@code kind} that the pattern
 * matches are silenced. The pattern is a class and method ({@code com.example.Bank.transfer}) or, for
 * a race, a field ({@code com.example.Cache.size}); {@code *} stands for any run of characters
 * ({@code com.example.legacy.*}).
 *
 * @param kind    {@code race}, {@code deadlock} or {@code lock-order}
 * @param pattern the pattern as written
 * @param line    its line number in the file
 */
public record Suppression(String kind, String pattern, int line) {

    /** The line as written in the file: {@code kind:pattern}. */
    @Override
    public String toString() {
        return kind + ":" + pattern;
    }

    /** True when {@code name} (a field or a {@code class.method}) matches the pattern as a whole. */
    public boolean matches(String name) {
        return regex().matcher(name).matches();
    }

    private Pattern regex() {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (regex.length() > 0 || pattern.startsWith("*")) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
