package dev.weft.cli.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Test methods for {@code weft explore --test} (not run by the build: the class name matches no test pattern). */
public class JUnitCases {

    @Test
    void passes() {
        assertEquals(2, 1 + 1);
    }

    @Test
    void losesAnUpdate() {
        assertEquals(2, 1, "balance after two deposits");
    }
}
