package dev.weft.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SiteTest {

    @Test
    void readsBackWhatItWrites() {
        for (Site site : new Site[] {
                new Site("com.example.Bank$Account", "lambda$deposit$0", "Bank.java", 14),
                new Site("com.example.Bank", "<init>", "Bank.java", -1),
                new Site("com.example.Bank", "run", null, -1)}) {
            assertEquals(site, Site.parse(site.toString()));
        }
    }

    @Test
    void rejectsTextThatIsNotAStackTraceLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Site.parse("Bank.java:14"));
        assertEquals("not a site: \"Bank.java:14\" (expected class.method(File.java:12))", e.getMessage());
    }
}
