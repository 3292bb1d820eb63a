package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which classes a class that makes a synchronized wrapper hands it to, and what a receiver's scan then finds. */
class WrapperReceiversTest {

    private static byte[] classFile(String binaryName) {
        String resource = "/" + binaryName.replace('.', '/') + ".class";
        try (InputStream in = WrapperReceiversTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aWrapperStoredInAStaticThenPassedToAConstructorOrAMethodMakesItsClassAReceiver() {
        assertEquals(Set.of("example/app/Ledger", "example/app/ShipmentAudit"),
                WrapperReceivers.handedTo(classFile("example.app.ShipmentLedgerHandedOver")), "new Ledger(entries), ShipmentAudit.run(entries...)");
    }

    @Test
    void aWrapperKeptInTheMakersOwnFieldOrNoWrapperHandedOverMakesNone() {
        assertEquals(Set.of(), WrapperReceivers.handedTo(classFile("example.app.ShipmentJournalInversion$Journal")), "its own field");
        assertEquals(Set.of(), WrapperReceivers.handedTo(classFile("example.app.ShipmentJournalInversion")), "new Journal(): no argument");
        assertEquals(Set.of(), WrapperReceivers.handedTo(classFile("example.app.Ledger")), "makes no wrapper");
    }

    @Test
    void aReceiversMethodsThatCallThroughAWrappersTypeMayLockInADeadlockOnlyRun() {
        byte[] ledger = classFile("example.app.Ledger");
        assertTrue(LockOperationScan.of(ClassReaders.of(ledger), true, false).none(), "names no wrapper, receives none");
        LockOperationScan scan = LockOperationScan.of(ClassReaders.of(ledger), true, true);
        assertTrue(scan.mayLock("record", "(Ljava/lang/String;)V"));
        assertTrue(scan.mayLock("count", "()I"));
        assertFalse(scan.mayLock("<init>", "(Ljava/util/List;)V"));
        assertTrue(LockOperationScan.of(ClassReaders.of(ledger), false, true).none(), "wrapper calls not asked for (race mode)");
    }

    @Test
    void theTransformerNotesTheMakersReceiversBeforeTheyLoad() {
        WrapperReceivers receivers = new WrapperReceivers();
        assertFalse(receivers.receives("example/app/Ledger"));
        receivers.noteHandOffsOf(classFile("example.app.ShipmentLedgerHandedOver"));
        assertTrue(receivers.receives("example/app/Ledger"));
        assertFalse(receivers.receives("example/app/ShipmentLedgerHandedOver"));
    }

    /** Makes its wrapper in a helper method of its own and hands it to a ledger. */
    static final class HelperMadeOffice {
        static final HandedLedger ledger = new HandedLedger(entries());

        private static List<String> entries() {
            return Collections.synchronizedList(new ArrayList<>());
        }
    }

    /** The same with a plain list. */
    static final class PlainOffice {
        static final HandedLedger ledger = new HandedLedger(entries());

        private static List<String> entries() {
            return new ArrayList<>();
        }
    }

    /** A ledger over the entries it is given. */
    static final class HandedLedger {
        final List<String> entries;

        HandedLedger(List<String> entries) {
            this.entries = entries;
        }
    }

    @Test
    void aWrapperReturnedByAMethodOfTheMakersOwnIsFollowedToWhereItIsHandedOver() {
        String prefix = "dev.weft.agent.instrument.WrapperReceiversTest$";
        assertEquals(Set.of("dev/weft/agent/instrument/WrapperReceiversTest$HandedLedger"),
                WrapperReceivers.handedTo(classFile(prefix + "HelperMadeOffice")));
        assertEquals(Set.of(), WrapperReceivers.handedTo(classFile(prefix + "PlainOffice")), "no wrapper returned");
    }

    /** Hands the entries it is given on to a ledger of its own. */
    static final class ForwardingLedger {
        final HandedLedger inner;

        ForwardingLedger(List<String> entries, Object note) {
            this.inner = new HandedLedger(entries);
        }
    }

    @Test
    void aReceiverHandsTheWrapperItIsGivenOnAndAClassGivenNoneDoesNot() {
        byte[] forwarding = classFile("dev.weft.agent.instrument.WrapperReceiversTest$ForwardingLedger");
        assertEquals(Set.of("dev/weft/agent/instrument/WrapperReceiversTest$HandedLedger"), WrapperReceivers.handedTo(forwarding, name -> true));
        assertEquals(Set.of(), WrapperReceivers.handedTo(forwarding, name -> false));
        WrapperReceivers receivers = new WrapperReceivers();
        receivers.noteHandOffsOf(forwarding);
        assertFalse(receivers.receives("dev/weft/agent/instrument/WrapperReceiversTest$HandedLedger"), "not a receiver itself");
    }
}
