package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code Semaphore} used as a mutex in the live wait-for graph, in a child JVM (docs/scheduling.md, "Twenty-first
 * session: semaphores as mutexes"): a cycle of a semaphore's permit and a monitor, and a thread asking again for the
 * permit it holds, are reported, in a deadlock-only run (calls linked for the detectors alone) and with every detector
 * (linked with their hand-offs); semaphores whose permits another thread gives back, of two permits, or held long and
 * given back, are not.
 */
class SemaphoreDeadlockIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DESK = "example.app.TicketDeskSemaphoreDeadlock";
    private static final String AT = DESK + ".";
    private static final String FILE = "(TicketDeskSemaphoreDeadlock.java:";
    private static final String SEMAPHORE = "java.util.concurrent.Semaphore";

    private static ChildJvm.Result run(Path report, String options, String... programAndArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + options,
                "-cp", ChildJvm.TEST_CLASSES.toString()));
        command.addAll(List.of(programAndArgs));
        return ChildJvm.run(command);
    }

    /** The clerk holds the counter's permit and wants the queue; the walk-in holds the queue and wants the permit. */
    @ParameterizedTest(name = "options ''{0}''")
    @ValueSource(strings = {",detect=deadlock", ""})
    void aPermitTakenAsAMutexInACycleWithAMonitorIsADeadlock(String options) throws Exception {
        Path report = ChildJvm.freshDir("semaphore-deadlock").resolve("report.json");
        ChildJvm.Result result = run(report, options + ",onDeadlock=halt", DESK);
        assertEquals(66, result.exitStatus(), result.stderr());
        assertEquals(DESK_CYCLE, ClassInitDeadlockIT.deadlockedThreads(report));
        assertTrue(result.stderr().contains("(semaphore)"), result.stderr());
    }

    /** A semaphore is not reentrant: the clerk asking for the permit it holds waits for itself. */
    @ParameterizedTest(name = "options ''{0}''")
    @ValueSource(strings = {",detect=deadlock", ""})
    void aThreadAskingForThePermitItHoldsIsADeadlockWithItself(String options) throws Exception {
        Path report = ChildJvm.freshDir("semaphore-self").resolve("report.json");
        ChildJvm.Result result = run(report, options + ",onDeadlock=halt", DESK, "twice");
        assertEquals(66, result.exitStatus(), result.stderr());
        assertEquals(Set.of("clerk waits for " + SEMAPHORE + " at " + AT + "serve" + FILE + "22), holds " + SEMAPHORE
                        + " (semaphore) taken at " + AT + "serveNext" + FILE + "31)"),
                ClassInitDeadlockIT.deadlockedThreads(report));
    }

    /**
     * Correct twins: two players whose permits the other gives (each waits while it "holds" permits it took), two bays
     * of which the one not in the cycle's shape is given back, a slow holder that gives its permit back, and the
     * explore hunt's desk whose walk-in lets the queue go first.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "example.app.SemaphorePingPong, ',detect=deadlock', rallies: 3",
        "example.app.SemaphorePingPong, '', rallies: 3",
        "example.app.SemaphoreTwoBaysReleased, ',detect=deadlock', washed",
        "example.app.SemaphoreTwoBaysReleased, '', washed",
        "example.app.SemaphoreSlowHolder, ',detect=deadlock', audited",
        "example.explorehunt.TicketDeskSemaphoreOrdered, ',detect=deadlock', served:"})
    void aSemaphoreThatIsNoMutexOrHasAPermitToGiveIsNotReported(String program, String options, String printed) throws Exception {
        Path report = ChildJvm.freshDir("semaphore-silent").resolve("report.json");
        ChildJvm.Result result = run(report, options, program);
        assertEquals(0, result.exitStatus(), result.stderr());
        assertEquals(0, JSON.readTree(report.toFile()).path("findings").size(), result.stderr());
        assertTrue(result.stdout().contains(printed), result.stdout());
    }

    /**
     * Twenty-second session's twin: a baton of one permit in a final field that the runner takes and the referee gives
     * back, 600 ms into the cycle's shape; the field is no mutex (taken in a method that does not give it back), so
     * nothing is reported before any release, as after.
     */
    @org.junit.jupiter.api.Test
    void aSemaphoreOfOnePermitReleasedByAnotherThreadIsNotProvedAMutex() throws Exception {
        Path report = ChildJvm.freshDir("semaphore-baton").resolve("report.json");
        ChildJvm.Result result = run(report, ",detect=deadlock", "example.app.SemaphoreBatonReturnedByReferee");
        assertEquals(0, result.exitStatus(), result.stderr());
        assertEquals(0, JSON.readTree(report.toFile()).path("findings").size(), result.stderr());
        assertTrue(result.stdout().contains("relay done"), result.stdout());
    }

    /**
     * Twenty-second session: with its latch the explore hunt's desk does not deadlock, but the walk-in took the counter's
     * permit holding the queue and the clerk the queue holding the permit, a semaphore proved a mutex: the lock-order
     * graph predicts the cycle.
     */
    @ParameterizedTest(name = "options ''{0}''")
    @ValueSource(strings = {",detect=deadlock,lock-order", ""}) // the default options: the semaphore proved with race detection on too
    void aCycleOfAProvedSemaphoreAndAMonitorIsPredicted(String options) throws Exception {
        Path report = ChildJvm.freshDir("semaphore-lock-order").resolve("report.json");
        ChildJvm.Result result = run(report, options, "example.explorehunt.TicketDeskSemaphoreMutex", "latch");
        assertEquals(0, result.exitStatus(), result.stderr());
        com.fasterxml.jackson.databind.JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        assertEquals(1, findings.size(), findings.toString());
        com.fasterxml.jackson.databind.JsonNode predicted = findings.get(0);
        assertEquals("lock-order", predicted.path("kind").asText());
        assertEquals(PREDICTED_DESK_CYCLE, edges(predicted));
    }

    /**
     * Its twins: the walk-in that lets the queue go first, the baton another thread gives back (no mutex, so no lock of
     * the graph), two bays, and two monitors taken in both orders inside a gate of one permit, now a gate lock.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "example.explorehunt.TicketDeskSemaphoreOrdered, latch, served:",
        "example.app.SemaphoreBatonReturnedByReferee, '', relay done",
        "example.app.SemaphoreTwoBaysReleased, '', washed",
        "example.app.SemaphoreGatedOrders, '', done"})
    void noCycleThroughASemaphoreThatIsNoProvedMutexOrUnderAGateIsPredicted(String program, String argument, String printed)
            throws Exception {
        assertSilent(",detect=deadlock,lock-order", program, argument, printed);
    }

    /** The cycle of {@link #DESK}'s clerk and walk-in. */
    private static final Set<String> DESK_CYCLE = Set.of(
            "clerk waits for java.lang.Object at " + AT + "serveNext" + FILE + "38), holds " + SEMAPHORE
                    + " (semaphore) taken at " + AT + "serveNext" + FILE + "31)",
            "walk-in waits for " + SEMAPHORE + " at " + AT + "serve" + FILE + "22), holds java.lang.Object (monitor) taken at "
                    + AT + "walkIn" + FILE + "48)");

    private static final String HUNT_DESK = "example.explorehunt.TicketDeskSemaphoreMutex$Desk.";
    private static final String HUNT_FILE = "(TicketDeskSemaphoreMutex.java:";
    /** The cycle the lock-order graph predicts from the explore hunt's desk run with its latch. */
    private static final Set<String> PREDICTED_DESK_CYCLE = Set.of(
            "clerk: " + SEMAPHORE + " at " + HUNT_DESK + "serveNext" + HUNT_FILE + "23) -> java.util.ArrayList at " + HUNT_DESK + "serveNext"
                    + HUNT_FILE + "25)",
            "walk-in: java.util.ArrayList at " + HUNT_DESK + "walkIn" + HUNT_FILE + "36) -> " + SEMAPHORE + " at " + HUNT_DESK
                    + "serveAtCounter" + HUNT_FILE + "48)");

    /** A lock-order finding's edges, as "thread: from at site -> to at site", the objects' identities left out. */
    private static Set<String> edges(com.fasterxml.jackson.databind.JsonNode predicted) {
        Set<String> edges = new java.util.TreeSet<>();
        for (com.fasterxml.jackson.databind.JsonNode edge : predicted.path("edges")) {
            edges.add(edge.path("thread").asText() + ": " + edge.path("from").asText().replaceAll("@.*", "") + " at " + edge.path("fromSite").asText()
                    + " -> " + edge.path("to").asText().replaceAll("@.*", "") + " at " + edge.path("toSite").asText());
        }
        return edges;
    }

    /**
     * Twenty-second session, proved semaphores with race detection on: the desk without its first service deadlocks on
     * the counter's first acquire, before any permit was given back; the counter's field is proved a mutex from the
     * bytecode, in a deadlock-only run and with the default options (race detection on, the call linked with its
     * hand-offs), so the cycle is reported.
     */
    @ParameterizedTest(name = "options ''{0}''")
    @ValueSource(strings = {",detect=deadlock", ""})
    void aPermitProvedAMutexIsADeadlockAtTheFirstAcquireWithEveryDetector(String options) throws Exception {
        Path report = ChildJvm.freshDir("semaphore-first-acquire-race").resolve("report.json");
        ChildJvm.Result result = run(report, options + ",onDeadlock=halt", DESK, "unserved");
        assertEquals(66, result.exitStatus(), result.stderr());
        assertEquals(DESK_CYCLE, ClassInitDeadlockIT.deadlockedThreads(report));
    }

    /** The twins with the default options: no deadlock, no lock-order prediction, no race. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "example.explorehunt.TicketDeskSemaphoreOrdered, '', served:",
        "example.explorehunt.TicketDeskSemaphoreOrdered, latch, served:",
        "example.app.SemaphoreBatonReturnedByReferee, '', relay done",
        "example.app.SemaphoreSlowHolder, '', audited",
        "example.app.SemaphoreGatedOrders, '', done"})
    void aSemaphoreThatIsNoProvedMutexOrUnderAGateIsSilentWithRaceDetectionOn(String program, String argument, String printed)
            throws Exception {
        assertSilent("", program, argument, printed);
    }

    /** Runs {@code program} (with {@code argument} unless empty) under {@code options}: exit 0, no finding, {@code printed} printed. */
    private static void assertSilent(String options, String program, String argument, String printed) throws Exception {
        Path report = ChildJvm.freshDir("semaphore-silent").resolve("report.json");
        ChildJvm.Result result = argument.isEmpty() ? run(report, options, program) : run(report, options, program, argument);
        assertEquals(0, result.exitStatus(), result.stderr());
        assertEquals(0, JSON.readTree(report.toFile()).path("findings").size(), result.stderr());
        assertTrue(result.stdout().contains(printed), result.stdout());
    }
}
