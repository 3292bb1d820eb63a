package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.utility.OpenedClassReader;
import org.junit.jupiter.api.Test;

class CollectionReceiversTest {

    private static HandOffSites handOffs() {
        return new HandOffSites(new CallSiteHooks(new TypeHierarchy(ClassLoader.getSystemClassLoader(), new ConcurrentHashMap<>()), false), true);
    }

    /** The same question answered by visiting every call, as the analysis of a parsed method does. */
    private static Set<String> visitedCheckingContents(ClassReader reader, HandOffSites handOffs) {
        Set<String> methods = new HashSet<>();
        reader.accept(new ClassVisitor(OpenedClassReader.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(OpenedClassReader.ASM_API) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String called, String calledDescriptor, boolean isInterface) {
                        if (!ContentsCalls.onIteration(owner) && handOffs.of(opcode, owner, called, calledDescriptor).checksContents()) {
                            methods.add(name + descriptor);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return methods;
    }

    @Test
    void theBytecodeWalkFindsExactlyTheMethodsOfTheJdkWithACallThatChecksContents() throws IOException {
        // java.base has every kind of instruction (switches, wide locals, interface and static calls of interfaces)
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        List<String> wrong = new ArrayList<>();
        int classes = 0;
        int checking = 0;
        try (Stream<Path> files = Files.walk(jrt.getPath("modules", "java.base", "java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                ClassReader reader = OpenedClassReader.of(Files.readAllBytes(file));
                Set<String> visited = visitedCheckingContents(reader, handOffs());
                Set<String> scanned = CollectionReceivers.methodsCheckingContents(reader, handOffs());
                classes++;
                checking += visited.isEmpty() ? 0 : 1;
                if (!visited.equals(scanned)) {
                    wrong.add(file + ": " + visited + " but scanned " + scanned);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(classes > 2000 && checking > 500, classes + " classes, " + checking + " with calls that check contents");
    }
}
