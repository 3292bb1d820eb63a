package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.utility.OpenedClassReader;
import org.junit.jupiter.api.Test;

class LockOperationScanTest {

    /** The same question answered by visiting every instruction, as the rewrite itself does. */
    private static boolean visitedLocks(ClassReader reader) {
        boolean[] found = {false};
        reader.accept(new ClassVisitor(OpenedClassReader.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if ((access & Opcodes.ACC_SYNCHRONIZED) != 0 && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
                    found[0] = true;
                }
                return new MethodVisitor(OpenedClassReader.ASM_API) {
                    @Override
                    public void visitInsn(int opcode) {
                        found[0] |= opcode == Opcodes.MONITORENTER;
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        found[0] |= opcode == Opcodes.NEW && LockOperationVisitor.LOCK_CLASSES.contains(type);
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor, boolean isInterface) {
                        found[0] |= CallSiteHooks.hooks(method + methodDescriptor);
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return found[0];
    }

    private static byte[] classFile(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void findsEveryClassOfTheJdkWithALockOperationAndFewOthers() throws IOException {
        // java.base has every kind of instruction (switches, wide locals, synchronized blocks and methods)
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        List<String> missed = new ArrayList<>();
        int classes = 0;
        int locking = 0;
        int extra = 0;
        try (Stream<Path> files = Files.walk(jrt.getPath("modules", "java.base", "java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                ClassReader reader = OpenedClassReader.of(Files.readAllBytes(file));
                boolean visited = visitedLocks(reader);
                boolean scanned = LockOperationScan.mayLock(reader);
                classes++;
                locking += visited ? 1 : 0;
                extra += scanned && !visited ? 1 : 0;
                if (visited && !scanned) {
                    missed.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), missed);
        assertTrue(classes > 2000 && locking > 200, classes + " classes, " + locking + " with lock operations");
        assertTrue(extra < classes / 100, extra + " classes taken for locking ones");
    }

    @Test
    void findsTheFixturesLockOperationsAndNothingInAClassWithout() {
        for (String fixture : List.of("Blocks", "SynchronizedMethods", "Locks", "Signals", "Threads")) {
            assertTrue(LockOperationScan.mayLock(OpenedClassReader.of(classFile(fixture(fixture)))), fixture);
        }
        assertFalse(LockOperationScan.mayLock(OpenedClassReader.of(classFile(fixture("Lines")))));
    }

    @Test
    void deadlockDetectionLeavesAClassWithoutLockOperationsUnchangedAndRaceDetectionDoesNot() {
        Fixtures deadlocks = new Fixtures();
        Fixtures races = Fixtures.withMemoryAccesses();
        String lines = "com/example/locks/Lines";
        assertNull(deadlocks.loader.transform(lines, classFile(fixture("Lines"))));
        assertNotNull(races.loader.transform(lines, classFile(fixture("Lines"))));
        assertNotNull(deadlocks.loader.transform("com/example/locks/Blocks", classFile(fixture("Blocks"))));
    }

    private static Class<?> fixture(String simpleName) {
        try {
            return Class.forName(Fixtures.PACKAGE + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
