package dev.weft.report.suppress;

import dev.weft.report.DeadlockFinding;
import dev.weft.report.Finding;
import dev.weft.report.LockOrderFinding;
import dev.weft.report.RaceFinding;
import dev.weft.trace.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A suppressions file, in the spirit of ThreadSanitizer's: one {@code kind:pattern} per line (see
 * {@link Suppression}), blank lines and {@code #} comments ignored. A finding is suppressed when a
 * suppression of its kind matches its field (races) or the class and method of any frame of the stacks
 * involved (every kind), as ThreadSanitizer matches any frame. It remembers which suppressions matched,
 * so that those that never did can be listed for clean-up. Thread-safe.
 */
public final class Suppressions {

    /** The kinds a suppression may name. */
    public static final List<String> KINDS = List.of("race", "deadlock", "lock-order");

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_$.*\\[\\]<>-]+");

    private final List<Suppression> suppressions;
    private final Set<Suppression> matched = new LinkedHashSet<>(); // guarded by itself

    private Suppressions(List<Suppression> suppressions) {
        this.suppressions = List.copyOf(suppressions);
    }

    /**
     * Reads the suppressions file {@code file}.
     *
     * @throws BadSuppressionException naming the file, the line and what is valid
     * @throws IOException             when the file cannot be read
     */
    public static Suppressions read(Path file) throws IOException {
        return parse(Files.readAllLines(file), file.getFileName().toString());
    }

    /**
     * Parses the lines of a suppressions file called {@code source} (for messages).
     *
     * @throws BadSuppressionException naming the source, the line and what is valid
     */
    public static Suppressions parse(List<String> lines, String source) {
        List<Suppression> suppressions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String kind = colon < 0 ? "" : line.substring(0, colon).strip();
            String pattern = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (!KINDS.contains(kind) || !NAME.matcher(pattern).matches()) {
                throw new BadSuppressionException("suppressions file " + source + " line " + (i + 1) + ": '" + line
                        + "' is not kind:pattern (kinds: " + String.join(", ", KINDS)
                        + "; pattern: a field or class.method, * for any run of characters;"
                        + " e.g. race:com.example.Cache.size)");
            }
            suppressions.add(new Suppression(kind, pattern, i + 1));
        }
        return new Suppressions(suppressions);
    }

    /** No suppressions at all. */
    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    /** The suppression that silences {@code finding}, remembered as matched; {@code null} when none does. */
    public Suppression match(Finding finding) {
        List<String> names = null;
        for (Suppression suppression : suppressions) {
            if (!suppression.kind().equals(finding.kind())) {
                continue;
            }
            if (names == null) {
                names = names(finding);
            }
            if (names.stream().anyMatch(suppression::matches)) {
                synchronized (matched) {
                    matched.add(suppression);
                }
                return suppression;
            }
        }
        return null;
    }

    /** The suppressions that have matched no finding so far, as written ({@code race:com.example.Cache.size}). */
    public List<String> unmatched() {
        synchronized (matched) {
            return suppressions.stream().filter(s -> !matched.contains(s)).map(Suppression::toString).toList();
        }
    }

    /** The names a suppression of {@code finding}'s kind may match: its field, then its frames. */
    static List<String> names(Finding finding) {
        List<String> names = new ArrayList<>();
        if (finding instanceof RaceFinding race) {
            names.add(race.field());
            race.accesses().forEach(a -> frames(names, Stream.concat(Stream.of(a.site()), a.stack().stream())));
        } else if (finding instanceof DeadlockFinding deadlock) {
            deadlock.threads().forEach(t -> {
                frames(names, Stream.concat(Stream.of(t.waitSite()), t.stack().stream()));
                t.holds().forEach(h -> frames(names, Stream.concat(Stream.of(h.site()), h.stack().stream())));
            });
        } else if (finding instanceof LockOrderFinding lockOrder) {
            lockOrder.edges().forEach(e -> frames(names, Stream.of(Stream.of(e.fromSite(), e.toSite()),
                    e.fromStack().stream(), e.toStack().stream()).flatMap(s -> s)));
        }
        return names;
    }

    private static void frames(List<String> names, Stream<Site> sites) {
        sites.filter(s -> s != null).map(s -> s.className() + "." + s.method()).filter(n -> !names.contains(n)).forEach(names::add);
    }
}
