package dev.weft.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDeadlockOnAMonitorNamesItsHolderAndOneOnAFutureNobodyCompletesNamesNone() throws Exception {
        String monitor = """
                {"kind":"deadlock","threads":[
                  {"name":"a","waitsFor":"java.lang.Object@1","waitSite":"com.example.App.a(App.java:1)"},
                  {"name":"b","waitsFor":"java.lang.Object@2","waitSite":"com.example.App.b(App.java:2)"}],
                 "locks":[{"name":"java.lang.Object@1","kind":"monitor"},{"name":"java.lang.Object@2","kind":"monitor"}]}""";
        assertEquals("Deadlock of 2 threads: \"a\" waits at com.example.App.a(App.java:1) for java.lang.Object@1, held by \"b\"; "
                + "\"b\" waits at com.example.App.b(App.java:2) for java.lang.Object@2, held by \"a\".", Headline.of(JSON.readTree(monitor)));
        String future = """
                {"kind":"deadlock","threads":[
                  {"name":"main","waitsFor":"com.example.App$One@3","waitSite":"com.example.App.main(App.java:10)"}],
                 "locks":[{"name":"com.example.App$One@3","kind":"future"}]}""";
        assertEquals("Deadlock of 1 thread: \"main\" waits at com.example.App.main(App.java:10) for com.example.App$One@3.",
                Headline.of(JSON.readTree(future)));
    }
}
