package dev.weft.agent.control;

import dev.weft.agent.BadOptionException;
import dev.weft.report.ConfirmableFinding;
import dev.weft.report.Finding;
import dev.weft.report.LockOrderFinding;
import dev.weft.report.RaceFinding;
import dev.weft.report.Report;
import dev.weft.report.json.JsonReportCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A finding of an earlier report that a controlled run steers toward ({@code confirm=REPORT#ID}), to make it
 * really happen. For a {@code lock-order} prediction, in the manner of DeadlockFuzzer (Joshi, Park, Sen, Naik,
 * PLDI 2009): a thread about to take the second lock of an edge of the cycle (at the edge's {@code toSite})
 * while holding a lock is held back until a thread stands at every edge's position; then they go on
 * together, and the deadlock happens in the model. For a {@code race}, in the manner of RaceFuzzer: see
 * {@link RaceSteering}.
 *
 * @param findingId  the id of the finding
 * @param prediction the finding itself
 */
public record Confirmation(String findingId, ConfirmableFinding prediction) {

    /** For a {@code lock-order} prediction, the sites where each edge's thread asks for its second lock; else none. */
    public List<String> secondSites() {
        return prediction instanceof LockOrderFinding lockOrder
                ? lockOrder.edges().stream().map(e -> e.toSite().toString()).toList() : List.of();
    }

    /** The race steered toward, or {@code null} for a {@code lock-order} prediction. */
    public RaceFinding race() {
        return prediction instanceof RaceFinding race ? race : null;
    }

    /**
     * Reads {@code REPORT_PATH#FINDING_ID}.
     *
     * @throws BadOptionException when the report cannot be read or has no such {@code lock-order} or {@code race} finding
     */
    public static Confirmation read(String spec) {
        int hash = spec.lastIndexOf('#');
        if (hash <= 0 || hash == spec.length() - 1) {
            throw new BadOptionException("bad value for confirm: '" + spec + "' (expected REPORT_PATH#FINDING_ID)");
        }
        Path file = Path.of(spec.substring(0, hash)).toAbsolutePath();
        String id = spec.substring(hash + 1);
        Report report;
        try (InputStream in = Files.newInputStream(file)) {
            report = new JsonReportCodec().read(in);
        } catch (NoSuchFileException e) {
            throw new BadOptionException("cannot read the confirm report '" + file + "': no such file");
        } catch (IOException | RuntimeException e) {
            throw new BadOptionException("cannot read the confirm report '" + file + "': " + e.getMessage());
        }
        for (Finding finding : report.findings()) {
            if (finding.id().equals(id) && finding instanceof ConfirmableFinding prediction) {
                return new Confirmation(id, prediction);
            }
        }
        throw new BadOptionException("no lock-order or race finding '" + id + "' in " + file + " (its lock-order and race ids: "
                + report.findings().stream().filter(f -> f instanceof ConfirmableFinding).map(Finding::id).toList()
                + ")");
    }
}
