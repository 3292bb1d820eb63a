package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry;
import dev.weft.runtime.UnsafeFields;
import dev.weft.runtime.Weft;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The {@code sun.misc.Unsafe} calls of a class file older than Java 7 (JCTools is built for Java 6), which has no
 * {@code invokedynamic} for {@link HandOffVisitor} to rewrite them with: the same hand-offs ({@link HandOffSites}'s
 * rules for {@code Unsafe}, {@link UnsafeFields}), written out around the call. The object and the offset a call is
 * given are kept in locals past the method's own, with the arguments after them, so that the hook before the call
 * can take them. Placed last before the class writer: no other visitor sees the code it adds.
 */
final class OldUnsafeCalls extends ClassVisitor {

    private static final String UNSAFE = "sun/misc/Unsafe";
    private static final String UNSAFE_FIELDS = Type.getInternalName(UnsafeFields.class);
    private static final String AT_OFFSET = "(Ljava/lang/Object;JI)V";
    /** Locals a call needs: the object, the offset (two), and at most two more longs. */
    private static final int EXTRA_LOCALS = 7;
    /** The most the hooks add to the stack: the object, the offset and the site, over a long result. */
    private static final int EXTRA_STACK = 4;

    private final SiteRegistry registry;
    private final Map<String, Integer> maxLocals;
    private String className;
    private String file;

    private OldUnsafeCalls(ClassVisitor next, SiteRegistry registry, Map<String, Integer> maxLocals) {
        super(ClassReaders.ASM_API, next);
        this.registry = registry;
        this.maxLocals = maxLocals;
    }

    /** {@code next}, preceded by this rewriting when the class file is older than Java 7 and calls {@code Unsafe}. */
    static ClassVisitor of(ClassVisitor next, SiteRegistry registry, ClassReader reader, byte[] classFile) {
        if (reader.readShort(6) >= Opcodes.V1_7 || !new String(classFile, StandardCharsets.ISO_8859_1).contains(UNSAFE)) {
            return next;
        }
        Map<String, Integer> maxLocals = new HashMap<>();
        reader.accept(new ClassVisitor(ClassReaders.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(ClassReaders.ASM_API) {
                    @Override
                    public void visitMaxs(int maxStack, int locals) {
                        maxLocals.put(name + descriptor, locals);
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new OldUnsafeCalls(next, registry, maxLocals);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        className = name.replace('/', '.');
        super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public void visitSource(String source, String debug) {
        file = source;
        super.visitSource(source, debug);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        Integer locals = maxLocals.get(name + descriptor);
        return next == null || locals == null ? next : new Calls(next, new MethodSites(registry, className, name, file), locals);
    }

    /** One method's calls. */
    private static final class Calls extends MethodVisitor {
        private final MethodSites sites;
        private final int firstFree;
        private boolean rewritten;
        private int line = -1;

        Calls(MethodVisitor next, MethodSites sites, int firstFree) {
            super(ClassReaders.ASM_API, next);
            this.sites = sites;
            this.firstFree = firstFree;
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            this.line = line;
            super.visitLineNumber(line, start);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            HandOffSites.Rewrite rewrite = owner.equals(UNSAFE) && opcode == Opcodes.INVOKEVIRTUAL
                    ? HandOffSites.ofUnsafe(name, descriptor) : HandOffSites.Rewrite.NONE;
            switch (rewrite.kind()) {
                case FENCE -> {
                    int site = sites.at(line);
                    super.visitLdcInsn(Type.getObjectType(owner));
                    hook(Type.getInternalName(Weft.class), "releasing", site);
                    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                    super.visitLdcInsn(Type.getObjectType(owner));
                    hook(Type.getInternalName(Weft.class), "acquired", site);
                }
                case FIELD_OFFSET -> { // [unsafe, field] -> [offset]
                    super.visitInsn(Opcodes.DUP_X1);
                    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                    super.visitInsn(Opcodes.DUP2_X1);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, UNSAFE_FIELDS, "offsetMade", "(Ljava/lang/reflect/Field;J)V", false);
                }
                case CALL -> handOff(opcode, owner, name, descriptor, isInterface);
                default -> {
                    super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
                    return;
                }
            }
            rewritten = true;
        }

        /** [unsafe, object, offset, rest..] -> the call's result, with {@code UnsafeFields.releasing} before and {@code acquired} after. */
        private void handOff(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            int site = sites.at(line);
            Type[] arguments = Type.getArgumentTypes(descriptor); // Object, long, rest..
            int[] slots = new int[arguments.length];
            int next = firstFree;
            for (int i = 0; i < arguments.length; i++) {
                slots[i] = next;
                next += arguments[i].getSize();
            }
            for (int i = arguments.length - 1; i >= 0; i--) {
                super.visitVarInsn(arguments[i].getOpcode(Opcodes.ISTORE), slots[i]);
            }
            atOffset(slots, "releasing", site);
            for (int i = 0; i < arguments.length; i++) {
                super.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slots[i]);
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            atOffset(slots, "acquired", site);
        }

        private void atOffset(int[] slots, String hook, int site) {
            super.visitVarInsn(Opcodes.ALOAD, slots[0]);
            super.visitVarInsn(Opcodes.LLOAD, slots[1]);
            super.visitLdcInsn(site);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, UNSAFE_FIELDS, hook, AT_OFFSET, false);
        }

        private void hook(String owner, String name, int site) {
            super.visitLdcInsn(site);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, "(Ljava/lang/Object;I)V", false);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            super.visitMaxs(rewritten ? maxStack + EXTRA_STACK : maxStack, rewritten ? Math.max(maxLocals, firstFree + EXTRA_LOCALS) : maxLocals);
        }
    }
}
