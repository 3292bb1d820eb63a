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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

class LockOperationScanTest {

    /**
     * The same question answered by visiting every instruction, as the rewrite does: the methods that lock, and,
     * when a method handle names a hooked method (a method reference to {@code lock}...), those with an {@code invokedynamic}.
     */
    private static Set<String> visitedLocking(ClassReader reader) {
        Set<String> locking = new HashSet<>();
        Set<String> dynamic = new HashSet<>();
        boolean[] hookedHandle = {false};
        reader.accept(new ClassVisitor(ClassReaders.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                String method = name + descriptor;
                if ((access & Opcodes.ACC_SYNCHRONIZED) != 0 && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
                    locking.add(method);
                }
                return new MethodVisitor(ClassReaders.ASM_API) {
                    @Override
                    public void visitInsn(int opcode) {
                        if (opcode == Opcodes.MONITORENTER) {
                            locking.add(method);
                        }
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        if (opcode == Opcodes.NEW && LockOperationVisitor.LOCK_CLASSES.contains(type)) {
                            locking.add(method);
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String called, String calledDescriptor, boolean isInterface) {
                        if (opcode != Opcodes.INVOKESPECIAL && CallSiteHooks.hooks(called + calledDescriptor)) {
                            locking.add(method);
                        }
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                        dynamic.add(method);
                        for (Object argument : arguments) {
                            noteHandle(argument);
                        }
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        noteHandle(value);
                    }

                    private void noteHandle(Object value) {
                        if (value instanceof Handle handle && CallSiteHooks.hooks(handle.getName() + handle.getDesc())) {
                            hookedHandle[0] = true;
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        if (hookedHandle[0]) {
            locking.addAll(dynamic);
        }
        return locking;
    }

    /** The methods the scan names, as {@link #visitedLocking} does. */
    private static Set<String> scannedLocking(ClassReader reader) {
        LockOperationScan scan = LockOperationScan.of(reader);
        Set<String> locking = new HashSet<>();
        reader.accept(new ClassVisitor(ClassReaders.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if (scan.mayLock(name, descriptor)) {
                    locking.add(name + descriptor);
                }
                return null;
            }
        }, ClassReader.SKIP_CODE);
        assertEquals(locking.isEmpty(), scan.none());
        return locking;
    }

    private static byte[] classFile(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void findsExactlyTheMethodsOfTheJdkWithALockOperation() throws IOException {
        // java.base has every kind of instruction (switches, wide locals, synchronized blocks and methods)
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        List<String> wrong = new ArrayList<>();
        int classes = 0;
        int locking = 0;
        try (Stream<Path> files = Files.walk(jrt.getPath("modules", "java.base", "java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                ClassReader reader = ClassReaders.of(Files.readAllBytes(file));
                Set<String> visited = visitedLocking(reader);
                Set<String> scanned = scannedLocking(reader);
                classes++;
                locking += visited.isEmpty() ? 0 : 1;
                if (!visited.equals(scanned)) {
                    wrong.add(file + ": " + visited + " but scanned " + scanned);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(classes > 2000 && locking > 200, classes + " classes, " + locking + " with lock operations");
    }

    @Test
    void findsTheFixturesLockOperationsAndNothingInAClassWithout() {
        for (String fixture : List.of("Blocks", "SynchronizedMethods", "Locks", "Signals", "Threads")) {
            assertFalse(LockOperationScan.of(ClassReaders.of(classFile(fixture(fixture)))).none(), fixture);
        }
        assertTrue(LockOperationScan.of(ClassReaders.of(classFile(fixture("Lines")))).none());
    }

    @Test
    void asAskedForWrapperCallsTheMethodsOfAClassNamingAWrapperThatCallOneThroughItsMutex() {
        ClassReader journal = ClassReaders.of(classFile(fixture("Journal")));
        assertTrue(LockOperationScan.of(journal).none(), "no lock operation of its own");
        LockOperationScan scan = LockOperationScan.of(journal, true);
        assertTrue(scan.mayLock("record", "(Ljava/lang/String;)V"));
        assertTrue(scan.mayLock("size", "()I"));
        assertFalse(scan.mayLock("entries", "()Ljava/util/Iterator;"), "an iterator is made without the mutex");
        assertTrue(LockOperationScan.of(ClassReaders.of(classFile(fixture("Lines"))), true).none());
    }

    @Test
    void asAskedForWrapperCallsTheMethodsOfAClassNamingAStampedLockThatTakeOrGiveUpAStamp() {
        ClassReader stamps = ClassReaders.of(classFile(fixture("PriceStamps")));
        assertTrue(LockOperationScan.of(stamps).none(), "no lock operation of its own");
        LockOperationScan scan = LockOperationScan.of(stamps, true);
        assertTrue(scan.mayLock("reprice", "(D)V"));
        assertFalse(scan.mayLock("estimate", "()D"), "an optimistic read takes no stamp");
        assertFalse(scan.mayLock("name", "()Ljava/lang/String;"));
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

    @Test
    void asAskedForDeadlockOnlyCallsTheMethodsThatTakeOrGiveBackASemaphoresPermits() {
        ClassReader printer = ClassReaders.of(classFile(example.app.SemaphoreSlowHolder.class));
        assertFalse(LockOperationScan.of(printer).mayLock("print", "(Ljava/lang/String;J)V"), "a semaphore is no lock operation");
        LockOperationScan scan = LockOperationScan.of(printer, true);
        assertTrue(scan.mayLock("print", "(Ljava/lang/String;J)V"));
        assertFalse(scan.mayLock("<init>", "()V"));
    }

    private static Class<?> fixture(String simpleName) {
        try {
            return Class.forName(Fixtures.PACKAGE + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
