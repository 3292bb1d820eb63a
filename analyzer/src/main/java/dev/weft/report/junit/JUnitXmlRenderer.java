package dev.weft.report.junit;

import dev.weft.report.Finding;
import dev.weft.report.Report;
import dev.weft.report.text.TextRenderer;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A report as JUnit XML, the format CI servers show as test results: one test suite named {@code weft},
 * one failed test case per finding (named by its summary line, the whole text report as the failure's
 * body), or one passing test case when there is no finding, so that a clean run shows as checked.
 */
public final class JUnitXmlRenderer {

    private static final String SUMMARY = "SUMMARY: weft: ";

    private final TextRenderer text = new TextRenderer();

    /** The JUnit XML of {@code report}. */
    public String render(Report report) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            int findings = report.findings().size();
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "weft");
            xml.writeAttribute("tests", Integer.toString(Math.max(1, findings)));
            xml.writeAttribute("failures", Integer.toString(findings));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n");
            if (findings == 0) {
                testCase(xml, "weft", "no deadlock, potential deadlock or data race found");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            for (Finding finding : report.findings()) {
                String rendered = text.render(finding);
                testCase(xml, "weft." + finding.kind(), summary(rendered, finding));
                xml.writeStartElement("failure");
                xml.writeAttribute("type", finding.kind());
                xml.writeAttribute("message", summary(rendered, finding));
                xml.writeCharacters(rendered);
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out.toString();
    }

    private static void testCase(XMLStreamWriter xml, String className, String name) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", className);
        xml.writeAttribute("name", name);
    }

    /** The text report's SUMMARY line, without its prefix: what the finding is and where. */
    private static String summary(String rendered, Finding finding) {
        return rendered.lines().filter(line -> line.startsWith(SUMMARY)).findFirst()
                .map(line -> line.substring(SUMMARY.length())).orElse(finding.kind() + " " + finding.id());
    }
}
