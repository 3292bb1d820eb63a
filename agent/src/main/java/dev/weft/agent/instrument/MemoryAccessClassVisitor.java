package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry;
import dev.weft.runtime.Shadowed;
import java.util.Arrays;
import java.util.function.Predicate;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Instruments the field and array accesses of every method of one class ({@link MemoryAccessVisitor}),
 * except those of its static initializer: class initialization happens before every use of the class,
 * so what it writes cannot race.
 *
 * <p>The topmost instrumented class of a hierarchy (a class whose superclass weft does not instrument)
 * also gets a {@code private transient} synthetic field {@value #SHADOW} and implements {@link Shadowed}
 * with it, so that the race detector finds an object's shadow state without a map. Whether the
 * superclass is instrumented is decided by name, since a class is transformed before its superclass is
 * loaded: a wrong guess costs a field, or a map lookup, never a wrong answer.
 */
final class MemoryAccessClassVisitor extends ClassVisitor {

    private static final String SHADOW = "weft$shadow";
    private static final String SHADOWED = Type.getInternalName(Shadowed.class);
    private static final String OBJECT = "Ljava/lang/Object;";

    private final SiteRegistry registry;
    private final TrackedFields fields;
    private final Predicate<String> instrumented;
    private String internalName;
    private String className;
    private String superName;
    private String file;
    private boolean addShadow;

    /**
     * @param instrumented tells, from a class's internal name, whether weft instruments it
     */
    MemoryAccessClassVisitor(ClassVisitor next, SiteRegistry registry, TrackedFields fields, Predicate<String> instrumented) {
        super(OpenedClassReader.ASM_API, next);
        this.registry = registry;
        this.fields = fields;
        this.instrumented = instrumented;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.internalName = name;
        this.className = name.replace('/', '.');
        this.superName = superName;
        fields.enter(name, superName);
        addShadow = (access & Opcodes.ACC_INTERFACE) == 0 && superName != null && !instrumented.test(superName);
        String[] withShadowed = interfaces;
        if (addShadow) {
            withShadowed = Arrays.copyOf(interfaces, interfaces.length + 1);
            withShadowed[interfaces.length] = SHADOWED;
        }
        super.visit(version, access, name, signature, superName, withShadowed);
    }

    @Override
    public void visitSource(String source, String debug) {
        this.file = source;
        super.visitSource(source, debug);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        fields.declare(access, name);
        return super.visitField(access, name, descriptor, signature, value);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        if (next == null || name.equals("<clinit>")) {
            return next;
        }
        return new MemoryAccessVisitor(next, new MethodSites(registry, className, name, file), fields,
                name.equals("<init>"), internalName, superName);
    }

    @Override
    public void visitEnd() {
        if (addShadow) {
            super.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_TRANSIENT | Opcodes.ACC_SYNTHETIC, SHADOW, OBJECT, null, null)
                    .visitEnd();
            MethodVisitor get = super.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC, SHADOW, "()" + OBJECT, null, null);
            get.visitCode();
            get.visitVarInsn(Opcodes.ALOAD, 0);
            get.visitFieldInsn(Opcodes.GETFIELD, internalName, SHADOW, OBJECT);
            get.visitInsn(Opcodes.ARETURN);
            get.visitMaxs(1, 1);
            get.visitEnd();
            MethodVisitor set = super.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC, SHADOW, "(" + OBJECT + ")V", null, null);
            set.visitCode();
            set.visitVarInsn(Opcodes.ALOAD, 0);
            set.visitVarInsn(Opcodes.ALOAD, 1);
            set.visitFieldInsn(Opcodes.PUTFIELD, internalName, SHADOW, OBJECT);
            set.visitInsn(Opcodes.RETURN);
            set.visitMaxs(2, 2);
            set.visitEnd();
        }
        super.visitEnd();
    }
}
