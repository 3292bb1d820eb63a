package dev.weft.agent.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which array arguments the application's static methods keep to the call ({@link LocalArrays#stayingArguments}),
 * read from their class files through the caller's class loader, as {@link TypeHierarchy} reads supertypes, and
 * kept per loader. A method calling others is summarized with their summaries, down to {@value #DEPTH} calls
 * deep; a call deeper, a call back into a method being summarized, a JDK method (but those
 * {@link LocalArrays#ONLY_DURING_THE_CALL} names), a method not declared in the class the call names (inherited),
 * and a class file that cannot be read, all count as letting every argument out.
 */
final class StaticCallees implements LocalArrays.Callees {

    private static final int DEPTH = 4;

    private final ClassLoader loader;
    private final Map<String, Long> known;
    private final int depth;

    /**
     * @param loader the loader of the calling class
     * @param known  the summaries made so far for this loader, by owner, name and descriptor
     */
    StaticCallees(ClassLoader loader, Map<String, Long> known) {
        this(loader, known, DEPTH);
    }

    private StaticCallees(ClassLoader loader, Map<String, Long> known, int depth) {
        this.loader = loader;
        this.known = known;
        this.depth = depth;
    }

    @Override
    public long staying(String owner, String name, String descriptor) {
        if (loader == null || depth == 0 || owner.startsWith("java/") || descriptor.indexOf('[') < 0) {
            return 0;
        }
        String key = owner + '.' + name + descriptor;
        Long summary = known.get(key);
        if (summary != null) {
            return summary;
        }
        known.put(key, 0L); // a call back into it while it is summarized lets its arguments out
        long staying = summarize(owner, name, descriptor);
        if (depth == DEPTH) { // a summary made with fewer calls followed may be short of the full one: not kept
            known.put(key, staying);
        } else {
            known.remove(key, 0L);
        }
        return staying;
    }

    private long summarize(String owner, String name, String descriptor) {
        byte[] classFile;
        try (InputStream in = loader.getResourceAsStream(owner + ".class")) {
            if (in == null) {
                return 0;
            }
            classFile = in.readAllBytes();
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
        long[] staying = {0};
        StaticCallees deeper = new StaticCallees(loader, known, depth - 1);
        try {
            new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String method, String desc, String signature, String[] exceptions) {
                    if (!method.equals(name) || !desc.equals(descriptor)) {
                        return null;
                    }
                    return new MethodNode(Opcodes.ASM9, access, method, desc, signature, exceptions) {
                        @Override
                        public void visitEnd() {
                            staying[0] = LocalArrays.stayingArguments(owner, this, deeper);
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (RuntimeException unsupported) { // a class file newer than this ASM knows
            return 0;
        }
        return staying[0];
    }
}
