package dev.weft.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.ControlledRunExample;
import dev.weft.report.Report;
import dev.weft.report.ReportFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static int count(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void namesFromTheProgramAreShownAsTextNeverAsMarkup() {
        String html = new HtmlRenderer().render(ControlledRunExample.report());
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element, even from a thread's name");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the thread's name, escaped");
    }

    @Test
    void escapingCoversEveryCharacterThatStartsMarkupOrEndsAnAttribute() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>&</a>"));
    }

    @Test
    void coordinatesHaveOneDecimalWhateverTheSign() {
        assertEquals("12.5", Html.number(12.46));
        assertEquals("-3.0", Html.number(-2.96));
        assertEquals("0.0", Html.number(0.04));
    }

    @Test
    void eachCycleIsDrawnAsAGraphAndAControlledRunAsATimeline() {
        String html = new HtmlRenderer().render(ControlledRunExample.report());
        assertEquals(2, count(html, "<svg class=\"cycle-graph\""), "the deadlock's and the lock-order cycle's");
        assertEquals(1, count(html, "<svg class=\"timeline\""));
        assertEquals(2, count(html, "<g class=\"node thread\""), "the deadlock's threads");
        assertEquals(4, count(html, "<g class=\"node lock\""), "the locks they wait for, and the lock-order cycle's");
        assertEquals(4, count(html, "class=\"step at-finding\""), "the four last steps, at the deadlock's sites");
        assertEquals(4, count(html, "<tr class=\"at-finding\">"));
        assertTrue(html.contains("<span><b>strategy</b> pct</span>"), "the control parameters");
        assertTrue(html.contains("race:00000000deadbeef"), "unmatched suppressions");
        assertTrue(html.contains("com.example.BankTest#transfers"), "the test of each finding");
        assertTrue(html.contains("Starvation: thread &quot;spinner&quot;"));
    }

    @Test
    void theTimelineHasALanePerThreadAndPerCpuWithItsTimeSlices() {
        String svg = new Timeline(ControlledRunExample.report().get("timeline"), java.util.Set.of()).svg();
        assertEquals(5, count(svg, "<text class=\"lane\""), "3 threads, 2 CPUs");
        assertEquals(84, count(svg, "<rect class=\"step"));
        int slices = ControlledRunExample.report().get("timeline").get(83).get("slice").asInt() + 1;
        assertEquals(slices, count(svg, "<g class=\"slice\">"));
    }

    @Test
    void aCleanReportSaysSoAndLoadsNothingFromElsewhere() {
        String html = ReportFormat.HTML.render(Report.of("test"));
        assertTrue(html.contains("No deadlock, potential deadlock or data race found."));
        assertTrue(html.contains("default-src 'none'"));
        assertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"));
        assertEquals(0, count(html, "(src|href)=\"(?!#)"), "no link or source outside the page");
    }
}
