package dev.weft.report.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.RaceFinding;
import dev.weft.report.Report;
import dev.weft.report.ReportExamples;
import dev.weft.trace.Site;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlRendererTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachFindingIsAFailedTestCaseNamedByItsSummaryWithTheTextReportAsItsBody() throws Exception {
        Report report = Report.of("test").withFindings(List.of(ReportExamples.transfers(), ReportExamples.balanceRace()));
        Document xml = parse(new JUnitXmlRenderer().render(report));
        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("weft", suite.getAttribute("name"));
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            Element failure = (Element) testCase.getElementsByTagName("failure").item(0);
            assertEquals("weft." + failure.getAttribute("type"), testCase.getAttribute("classname"));
            assertEquals(testCase.getAttribute("name"), failure.getAttribute("message"));
            assertTrue(failure.getTextContent().contains("WARNING: weft: "), failure.getTextContent());
        }
        Element deadlock = (Element) cases.item(0);
        assertTrue(deadlock.getAttribute("name").startsWith("deadlock in com.example.Bank.transfer(Bank.java:"),
                deadlock.getAttribute("name"));
    }

    @Test
    void aCleanRunIsOnePassingTestCase() throws Exception {
        Document xml = parse(new JUnitXmlRenderer().render(Report.of("test")));
        Element suite = xml.getDocumentElement();
        assertEquals("1", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        Element only = (Element) suite.getElementsByTagName("testcase").item(0);
        assertEquals(0, only.getElementsByTagName("failure").getLength());
    }

    @Test
    void namesFromTheProgramAreEscapedAndReadBackVerbatim() throws Exception {
        String hostile = "<script>alert(1)</script> & \"]]>";
        Site site = new Site("com.example.A", "run", "A.java", 3);
        RaceFinding race = RaceFinding.of("com.example.A.b", null,
                new RaceFinding.Access(hostile, 1, "write", site, List.of(site), List.of()),
                new RaceFinding.Access("other", 2, "read", site, List.of(site), List.of()));
        String xml = new JUnitXmlRenderer().render(Report.of("test").withFindings(List.of(race)));
        assertTrue(!xml.contains("<script>"), xml);
        Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);
        assertTrue(failure.getTextContent().contains("thread \"" + hostile + "\""), failure.getTextContent());
    }
}
