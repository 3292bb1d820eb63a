package dev.weft.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.report.ControlledRunExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium: it loads with no console error, no script error and no
 * Content-Security-Policy violation, and shows its graphs and its timeline. Skipped when there is no
 * Chromium ({@code /usr/bin/chromium}, or the path in the system property {@code weft.chromium}).
 */
class HtmlInChromiumTest {

    /** Runs before the page's own content: counts errors and writes them into the DOM once the page has loaded. */
    private static final String ERROR_HOOK = """
            <script>
            window.weftErrors = [];
            window.addEventListener('error', e => weftErrors.push('error: ' + e.message));
            document.addEventListener('securitypolicyviolation', e => weftErrors.push('csp: ' + e.violatedDirective));
            for (const level of ['error', 'warn']) {
              const original = console[level];
              console[level] = (...args) => { weftErrors.push(level + ': ' + args.join(' ')); original.apply(console, args); };
            }
            window.addEventListener('load', () => document.body.setAttribute('data-errors', weftErrors.length + ' ' + weftErrors.join(' | ')));
            </script>
            """;

    @TempDir
    Path dir;

    private static Path chromium() {
        Path chromium = Path.of(System.getProperty("weft.chromium", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium);
        return chromium;
    }

    private record Run(String stdout, String stderr) { }

    private Run chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--enable-logging=stderr",
                "--v=0", "--virtual-time-budget=5000"));
        command.addAll(List.of(args));
        Path out = dir.resolve("chromium.out");
        Path err = dir.resolve("chromium.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("Chromium did not end within 90 s: " + command);
        }
        return new Run(Files.readString(out), Files.readString(err));
    }

    private Path page() throws IOException {
        String html = new HtmlRenderer().render(ControlledRunExample.report());
        Path page = dir.resolve("report.html");
        Files.writeString(page, html.replaceFirst("<head>\n", "<head>\n" + ERROR_HOOK));
        return page;
    }

    @Test
    void thePageLoadsWithoutErrorsAndShowsItsGraphsAndTimeline() throws Exception {
        Run run = chromium("--dump-dom", page().toUri().toString());
        String dom = run.stdout();
        assertTrue(dom.contains("data-errors=\"0 \""), "no console or script error, no CSP violation: "
                + dom.replaceAll("(?s).*(data-errors=\"[^\"]*\").*", "$1") + "\n" + run.stderr());
        assertFalse(run.stderr().contains(":CONSOLE("), "nothing on the console: " + run.stderr());
        assertEquals(2, dom.split("<svg class=\"cycle-graph\"", -1).length - 1, "both cycle graphs");
        assertTrue(dom.contains("<svg class=\"timeline\""), "the timeline");
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the thread named like a script, as text");
    }

    @Test
    void thePageRendersToAScreenshot() throws Exception {
        Path png = dir.resolve("report.png");
        chromium("--screenshot=" + png, "--window-size=1200,1800", page().toUri().toString());
        assertTrue(Files.size(png) > 10_000, "a screenshot with content");
    }
}
