package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry;
import dev.weft.runtime.Weft;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Methods that publish or read a plain field through a {@code VarHandle} fence, as the LMAX Disruptor's
 * {@code Sequence} does ({@code releaseFence(); this.value = value;} and {@code value = this.value; acquireFence();}):
 * the fence orders the plain access the JDK's way, but it comes before the write and after the read, where weft's
 * hook of the fence itself cannot order them. A method that calls {@code acquireFence} or {@code fullFence} also
 * acquires the fences' sync object when it begins, and one that calls {@code releaseFence} or {@code fullFence} also
 * releases it before it returns. Conservative: it orders the whole method, more than the fence does.
 */
final class FenceMethods extends ClassVisitor {

    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    private static final String WEFT = Type.getInternalName(Weft.class);
    private static final int ACQUIRES = 1;
    private static final int RELEASES = 2;

    private final SiteRegistry registry;
    private final Map<String, Integer> fences;
    private String className;
    private String file;

    private FenceMethods(ClassVisitor next, SiteRegistry registry, Map<String, Integer> fences) {
        super(ClassReaders.ASM_API, next);
        this.registry = registry;
        this.fences = fences;
    }

    /** {@code next}, preceded by these brackets when a method of the class calls a {@code VarHandle} fence. */
    static ClassVisitor of(ClassVisitor next, SiteRegistry registry, ClassReader reader, byte[] classFile) {
        String constants = new String(classFile, StandardCharsets.ISO_8859_1);
        if (reader.readShort(6) < Opcodes.V1_5 || !constants.contains("Fence") || !constants.contains(VAR_HANDLE)) {
            return next;
        }
        Map<String, Integer> fences = new HashMap<>();
        reader.accept(new ClassVisitor(ClassReaders.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(ClassReaders.ASM_API) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String called, String calledDescriptor, boolean isInterface) {
                        int kind = !owner.equals(VAR_HANDLE) || opcode != Opcodes.INVOKESTATIC ? 0
                                : called.equals("acquireFence") ? ACQUIRES
                                : called.equals("releaseFence") ? RELEASES
                                : called.equals("fullFence") ? ACQUIRES | RELEASES : 0;
                        if (kind != 0) {
                            fences.merge(name + descriptor, kind, (a, b) -> a | b);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return fences.isEmpty() ? next : new FenceMethods(next, registry, fences);
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
        Integer kind = fences.get(name + descriptor);
        if (next == null || kind == null) {
            return next;
        }
        int site = new MethodSites(registry, className, name, file).at(-1);
        return new MethodVisitor(ClassReaders.ASM_API, next) {
            @Override
            public void visitCode() {
                super.visitCode();
                if ((kind & ACQUIRES) != 0) {
                    hook("acquired");
                }
            }

            @Override
            public void visitInsn(int opcode) {
                if ((kind & RELEASES) != 0 && opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                    hook("releasing");
                }
                super.visitInsn(opcode);
            }

            private void hook(String name) {
                super.visitLdcInsn(Type.getObjectType(VAR_HANDLE));
                super.visitLdcInsn(site);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, WEFT, name, "(Ljava/lang/Object;I)V", false);
            }

            @Override
            public void visitMaxs(int maxStack, int maxLocals) {
                super.visitMaxs(maxStack + 2, maxLocals);
            }
        };
    }
}
