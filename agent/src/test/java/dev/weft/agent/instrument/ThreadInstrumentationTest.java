package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadInstrumentationTest {

    private final Fixtures fixtures = new Fixtures();

    @Test
    void waitAndNotifyAcrossTwoThreadsReportTheWaitAndBothMonitors() throws Throwable {
        assertEquals("hello", fixtures.run("Threads", "waitForNotify"));
        assertEquals(List.of(
                "monitorEnterRequested Mailbox", "monitorEntered Mailbox",
                "waitRequested Mailbox", "waitEnded Mailbox",
                "monitorExiting Mailbox"), fixtures.listener.of("waiter"));
        assertEquals(List.of(
                "threadStarting Thread",
                "monitorEnterRequested Mailbox", "monitorEntered Mailbox", "monitorExiting Mailbox",
                "joinRequested Thread", "joinEnded Thread"), fixtures.events());
    }

    @Test
    void threadStartAndEveryJoinAreReported() throws Throwable {
        fixtures.run("Threads", "startAndJoin");
        assertEquals(List.of(
                "threadStarting Thread",
                "joinRequested Thread", "joinEnded Thread",
                "joinRequested(timed) Thread", "joinEnded Thread",
                "joinRequested(timed) Thread", "joinEnded Thread"), fixtures.events());
    }

    @Test
    void threadSubclassStartIsReportedOnceThoughItCallsSuperStart() throws Throwable {
        fixtures.run("Threads", "startSubclass");
        assertEquals(List.of("threadStarting Worker", "joinRequested Worker", "joinEnded Worker"),
                fixtures.events());
    }
}
