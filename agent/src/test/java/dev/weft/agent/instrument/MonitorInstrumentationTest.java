package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

class MonitorInstrumentationTest {

    private final Fixtures fixtures = new Fixtures();

    private static List<String> monitorCycles(String monitor, int times) {
        List<String> cycle = List.of("monitorEnterRequested " + monitor, "monitorEntered " + monitor,
                "monitorExiting " + monitor);
        List<String> all = new ArrayList<>();
        Collections.nCopies(times, cycle).forEach(all::addAll);
        return all;
    }

    @Test
    void synchronizedBlockReportsRequestEntryAndExitAroundItsBody() throws Throwable {
        assertEquals(1, fixtures.run("Blocks", "normal"));
        assertEquals(monitorCycles("A", 1), fixtures.events());
    }

    @Test
    void aLoopThatBeginsABlockEntersItsMonitorOnceHoweverOftenItTurns() throws Throwable {
        assertEquals(3, fixtures.run("Blocks", "loopAtBlockStart"));
        assertEquals(monitorCycles("A", 1), fixtures.events());
    }

    @Test
    void synchronizedBlockReleasesMonitorWhenBodyThrows() throws Throwable {
        assertEquals(false, fixtures.run("Blocks", "throwing"));
        assertEquals(monitorCycles("A", 1), fixtures.events());
    }

    @Test
    void nestedAndReentrantBlocksReportEveryEntryAndExit() throws Throwable {
        assertEquals(List.of(true, false), fixtures.run("Blocks", "nestedAndReentrant"));
        assertEquals(List.of(
                "monitorEnterRequested A", "monitorEntered A",
                "monitorEnterRequested B", "monitorEntered B",
                "monitorEnterRequested A", "monitorEntered A",
                "monitorExiting A", "monitorExiting B", "monitorExiting A"), fixtures.events());
    }

    @Test
    void monitorSiteNamesClassMethodFileAndLine() throws Throwable {
        int line = (int) fixtures.run("Blocks", "enterLine");
        Site expected = new Site("com.example.locks.Blocks", "enterLine", "Blocks.java", line);
        assertEquals(expected, fixtures.siteOf("monitorEnterRequested"));
        assertEquals(expected, fixtures.siteOf("monitorEntered"));
    }

    @Test
    void synchronizedInstanceMethodsHoldTheirMonitorAndReturnEveryType() throws Throwable {
        assertEquals(List.of(1, 2, 5L, 3.0, 1.5f, true, List.of("x"), false),
                fixtures.run("SynchronizedMethods", "instanceMethods"));
        assertEquals(monitorCycles("SynchronizedMethods", 7), fixtures.events());
    }

    @Test
    void synchronizedStaticMethodsHoldTheClassAndReturnEveryType() throws Throwable {
        assertEquals(List.of(1, 2, 5L, 3.0, 1.5f, true, List.of("x"), false),
                fixtures.run("SynchronizedMethods", "staticMethods"));
        assertEquals(monitorCycles("Class", 7), fixtures.events());
    }

    @Test
    void synchronizedMethodReleasesMonitorWhenBodyThrows() throws Throwable {
        assertEquals(false, fixtures.run("SynchronizedMethods", "instanceMethodThrows"));
        assertEquals(false, fixtures.run("SynchronizedMethods", "staticMethodThrows"));
        List<String> expected = new ArrayList<>(monitorCycles("SynchronizedMethods", 1));
        expected.addAll(monitorCycles("Class", 1));
        assertEquals(expected, fixtures.events());
    }

    @Test
    void synchronizedMethodRunsItsOwnHandlerBeforeReleasingTheMonitor() throws Throwable {
        assertEquals(-1, fixtures.run("SynchronizedMethods", "ownHandler"));
        assertEquals(monitorCycles("SynchronizedMethods", 1), fixtures.events());
    }

    @Test
    void synchronizedMethodWhoseFirstInstructionIsALoopTargetEntersOnce() throws Throwable {
        assertEquals(0, fixtures.run("SynchronizedMethods", "loopAtStart"));
        assertEquals(monitorCycles("SynchronizedMethods", 1), fixtures.events());
    }

    @Test
    void synchronizedMethodEntrySiteIsItsFirstLine() throws Throwable {
        int line = (int) fixtures.run("SynchronizedMethods", "firstLine");
        Site expected = new Site("com.example.locks.SynchronizedMethods", "lineOfBody", "SynchronizedMethods.java", line);
        assertEquals(expected, fixtures.siteOf("monitorEnterRequested"));
        assertEquals(expected, fixtures.siteOf("monitorExiting"), "the return is on the same line");
    }

    @Test
    void synchronizedMethodExitByExceptionHasTheEntrySite() throws Throwable {
        fixtures.run("SynchronizedMethods", "instanceMethodThrows");
        Site entry = fixtures.siteOf("monitorEnterRequested");
        assertEquals("fails", entry.method());
        assertTrue(entry.line() > 0, entry::toString);
        assertEquals(entry, fixtures.siteOf("monitorExiting"));
    }

    @Test
    void classWhoseSynchronizedMethodOverwritesThisIsReportedAndLeftUnchanged() throws Throwable {
        byte[] original = overwritesThis("com/example/locks/Overwriting");
        assertNull(fixtures.loader.transform("com/example/locks/Overwriting", original));
        assertEquals(1, fixtures.warnings.size(), fixtures.warnings::toString);
        String warning = fixtures.warnings.get(0);
        assertTrue(warning.startsWith("weft: left com.example.locks.Overwriting uninstrumented: "), warning);
        assertTrue(warning.contains("local 0"), warning);
    }

    @Test
    void synchronizedBlockOnNullThrowsWithoutEntering() {
        assertThrows(NullPointerException.class, () -> fixtures.run("Blocks", "onNull"));
        assertEquals(List.of(), fixtures.events());
    }

    /**
     * C1 gives up on a method where a handler covers a call in its own first block ("exception handler
     * covers itself"): the release hook in a catch-all handler must lie in a range of a second handler
     * that releases the monitor and rethrows, never in its own handler's range.
     */
    @Test
    void releaseHookInAHandlerHasAHandlerOfItsOwnThatReleasesTheMonitor() throws Exception {
        for (String fixture : List.of("Blocks", "SynchronizedMethods")) {
            String name = "com/example/locks/" + fixture;
            byte[] original;
            try (var in = getClass().getClassLoader().getResourceAsStream(name + ".class")) {
                original = in.readAllBytes();
            }
            ClassNode transformed = new ClassNode();
            new ClassReader(fixtures.loader.transform(name, original)).accept(transformed, 0);
            int hooksInHandlers = 0;
            for (MethodNode method : transformed.methods) {
                for (TryCatchBlockNode entry : method.tryCatchBlocks) {
                    int handler = method.instructions.indexOf(entry.handler);
                    int start = method.instructions.indexOf(entry.start);
                    int end = method.instructions.indexOf(entry.end);
                    if (handler >= start && handler < end) {
                        for (int i = handler; i < end; i++) {
                            assertTrue(method.instructions.get(i).getType() != AbstractInsnNode.METHOD_INSN,
                                    () -> fixture + "." + method.name + ": a handler covers a call in itself");
                        }
                    }
                    if (entry.type == null && isReleaseHook(method.instructions.get(end - 1))) {
                        hooksInHandlers++;
                        List<Integer> releaseAndRethrow = opcodesFrom(method, entry.handler, 3);
                        int monitor = (method.access & Opcodes.ACC_STATIC) != 0 && fixture.equals("SynchronizedMethods")
                                ? Opcodes.LDC : Opcodes.ALOAD; // a static method's monitor is its class
                        assertEquals(List.of(monitor, Opcodes.MONITOREXIT, Opcodes.ATHROW), releaseAndRethrow,
                                () -> fixture + "." + method.name + ": the hook's handler");
                    }
                }
            }
            assertTrue(hooksInHandlers >= 3, fixture + ": " + hooksInHandlers + " release hooks with a handler of their own");
        }
    }

    private static boolean isReleaseHook(AbstractInsnNode instruction) {
        return instruction instanceof MethodInsnNode call && call.name.equals("beforeMonitorExit");
    }

    private static List<Integer> opcodesFrom(MethodNode method, LabelNode label, int count) {
        List<Integer> opcodes = new ArrayList<>();
        for (AbstractInsnNode i = label; i != null && opcodes.size() < count; i = i.getNext()) {
            if (i.getOpcode() >= 0) {
                opcodes.add(i.getOpcode());
            }
        }
        return opcodes;
    }

    /** {@code public synchronized void run() { this = null; }}: bytecode javac never writes. */
    private static byte[] overwritesThis(String internalName) {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, "java/lang/Object", null);
        MethodVisitor run = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNCHRONIZED, "run", "()V", null, null);
        run.visitCode();
        run.visitInsn(Opcodes.ACONST_NULL);
        run.visitVarInsn(Opcodes.ASTORE, 0);
        run.visitInsn(Opcodes.RETURN);
        run.visitMaxs(1, 1);
        run.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
