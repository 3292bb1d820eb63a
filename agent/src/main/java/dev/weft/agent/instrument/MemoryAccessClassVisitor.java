package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry;
import dev.weft.runtime.Shadowed;
import dev.weft.runtime.Weft;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Instruments the field and array accesses of every method of one class ({@link MemoryAccessVisitor}); in
 * its static initializer only the plain fields of other classes and of objects (not in a controlled run):
 * class initialization happens before every use of the class, so what it does to its own class's fields
 * cannot race, and the race detector checks its other accesses against the earlier ones only.
 *
 * <p>The topmost instrumented class of a hierarchy (a class whose superclass weft does not instrument)
 * also gets a {@code private transient} synthetic field {@value #SHADOW} and implements
 * {@link Shadowed} with it, so that the race detector finds an object's shadow state without a map. Its
 * compare-and-set goes through a {@link java.lang.invoke.VarHandle} made by the class itself, in a
 * {@code private static final} synthetic field {@value #UPDATER} set first thing in its static initializer
 * (by a synthetic method of the same name): a constant to the JIT, and the class can always reach its own
 * field. The field itself stays plain (not {@code volatile}), so that the JIT may share one load of it
 * among the hooks of a method. These members go straight to the class writer, past the hook rewrites. Whether
 * the superclass is instrumented is decided by name, since a class is transformed before its superclass
 * is loaded: a wrong guess costs a field, or a map lookup, never a wrong answer. A class file older than
 * Java 5 (no class literals) gets no shadow field: its objects' shadows are kept in a map.
 */
final class MemoryAccessClassVisitor extends ClassVisitor {

    private static final String SHADOW = "weft$shadow";
    private static final String SHADOWED = Type.getInternalName(Shadowed.class);
    private static final String UPDATER = "weft$shadowHandle";
    private static final String UPDATER_TYPE = "java/lang/invoke/VarHandle";
    private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
    private static final String OBJECT = "Ljava/lang/Object;";

    private final ClassVisitor members;
    private final ClassReader reader;
    private final SiteRegistry registry;
    private final TrackedFields fields;
    private final Predicate<String> instrumented;
    /** Whether the run is controlled, as {@link Weft#schedules} says when the class is transformed. */
    private final boolean controlled = Weft.schedules();
    private String internalName;
    private String className;
    private String superName;
    private String file;
    private boolean addShadow;
    private boolean hasStaticInitializer;
    /** The class's {@code javac} accessors, by name and descriptor: each gets a copy ({@link SyntheticAccessors}). */
    private final Set<String> accessors = new HashSet<>();
    private final CallSiteHooks hooks;
    private final LocalArrays localArrays;
    private int version;

    /**
     * @param reader       the class file, read again for the copies of its accessors
     * @param members      where the members weft adds go: the class writer, past the rewrites of
     *                     {@code next}, which must not hook weft's own compare-and-set as a hand-off
     * @param instrumented tells, from a class's internal name, whether weft instruments it
     * @param hooks        resolves the JDK superclass of a call's receiver type (an application's stream subclass)
     * @param localArrays  the element accesses of arrays no other thread can see, which get no hook
     */
    MemoryAccessClassVisitor(ClassVisitor next, ClassVisitor members, ClassReader reader, SiteRegistry registry, TrackedFields fields,
                             Predicate<String> instrumented, CallSiteHooks hooks, LocalArrays localArrays) {
        super(ClassReaders.ASM_API, next);
        this.localArrays = localArrays;
        this.hooks = hooks;
        this.reader = reader;
        this.members = members;
        this.registry = registry;
        this.fields = fields;
        this.instrumented = instrumented;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.version = version;
        this.internalName = name;
        this.className = name.replace('/', '.');
        this.superName = superName;
        fields.enter(name, superName);
        addShadow = (access & Opcodes.ACC_INTERFACE) == 0 && superName != null && !instrumented.test(superName)
                && (version & 0xffff) >= Opcodes.V1_5;
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
        if (next != null && name.equals("<clinit>")) {
            hasStaticInitializer = true;
            MethodVisitor init = addShadow ? new MakingTheUpdaterFirst(next) : next;
            return controlled ? init : rewriting(init, name, -1, localArrays.of(name, descriptor));
        }
        if (next == null) {
            return null;
        }
        if (SyntheticAccessors.mayHaveAccessors(version) && SyntheticAccessors.isAccessor(access, name)) {
            accessors.add(name + descriptor);
        }
        return rewriting(next, name, -1, localArrays.of(name, descriptor));
    }

    /**
     * The hook rewrites of method {@code name} before {@code next}; {@code siteLocal}, when not -1, holds the site of its field
     * accesses; {@code local} tells which of its element accesses need no hook.
     */
    private MethodVisitor rewriting(MethodVisitor next, String name, int siteLocal, LocalArrays.Accesses local) {
        MethodSites sites = new MethodSites(registry, className, name, file);
        next = AccessorCallVisitor.of(HiddenClassCallVisitor.of(next, version), sites, internalName, version);
        next = new ReflectiveFieldCallVisitor(BulkArrayCallVisitor.of(next, sites, version, hooks), sites);
        return new MemoryAccessVisitor(next, sites, fields, controlled,
                name.equals("<init>"), internalName, superName, siteLocal, name.equals("<clinit>"), local);
    }

    @Override
    public void visitEnd() {
        if (!accessors.isEmpty()) {
            SyntheticAccessors.copy(reader, accessors, (access, name, descriptor, exceptions) -> {
                MethodVisitor copy = super.visitMethod(access, name, descriptor, null, exceptions);
                return copy == null ? null : rewriting(copy, name, 0, LocalArrays.Accesses.NONE);
            });
        }
        if (addShadow) {
            String updater = "L" + UPDATER_TYPE + ";";
            members.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_TRANSIENT | Opcodes.ACC_SYNTHETIC, SHADOW, OBJECT, null, null)
                    .visitEnd();
            members.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC, UPDATER, updater, null, null)
                    .visitEnd();
            if (!hasStaticInitializer) {
                MethodVisitor init = members.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, "<clinit>", "()V", null, null);
                init.visitCode();
                setUpdater(init);
                init.visitInsn(Opcodes.RETURN);
                init.visitMaxs(1, 0);
                init.visitEnd();
            }
            MethodVisitor make = members.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, UPDATER, "()" + updater, null, null);
            make.visitCode();
            make.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()L" + LOOKUP + ";", false);
            make.visitLdcInsn(Type.getObjectType(internalName));
            make.visitLdcInsn(SHADOW);
            make.visitLdcInsn(Type.getType(Object.class));
            make.visitMethodInsn(Opcodes.INVOKEVIRTUAL, LOOKUP, "findVarHandle",
                    "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;)" + updater, false);
            make.visitInsn(Opcodes.ARETURN);
            make.visitMaxs(4, 0);
            make.visitEnd();
            MethodVisitor get = members.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC, SHADOW, "()" + OBJECT, null, null);
            get.visitCode();
            get.visitVarInsn(Opcodes.ALOAD, 0);
            get.visitFieldInsn(Opcodes.GETFIELD, internalName, SHADOW, OBJECT);
            get.visitInsn(Opcodes.ARETURN);
            get.visitMaxs(1, 1);
            get.visitEnd();
            MethodVisitor set = members.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC, SHADOW, "(" + OBJECT + ")V", null, null);
            set.visitCode();
            set.visitVarInsn(Opcodes.ALOAD, 0);
            set.visitVarInsn(Opcodes.ALOAD, 1);
            set.visitFieldInsn(Opcodes.PUTFIELD, internalName, SHADOW, OBJECT);
            set.visitInsn(Opcodes.RETURN);
            set.visitMaxs(2, 2);
            set.visitEnd();
            MethodVisitor install = members.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_SYNTHETIC, "weft$shadowIfNone", "(" + OBJECT + ")Z", null, null);
            install.visitCode();
            install.visitFieldInsn(Opcodes.GETSTATIC, internalName, UPDATER, updater);
            install.visitVarInsn(Opcodes.ALOAD, 0);
            install.visitInsn(Opcodes.ACONST_NULL);
            install.visitVarInsn(Opcodes.ALOAD, 1);
            install.visitMethodInsn(Opcodes.INVOKEVIRTUAL, UPDATER_TYPE, "compareAndSet", "(L" + internalName + ";" + OBJECT + OBJECT + ")Z", false);
            install.visitInsn(Opcodes.IRETURN);
            install.visitMaxs(4, 2);
            install.visitEnd();
        }
        super.visitEnd();
    }

    /**
     * {@code UPDATER = weft$shadowUpdater()}: a call of the class's own synthetic method, which the hook
     * rewrites leave alone, then the store that only a static initializer may make. One stack slot.
     */
    private void setUpdater(MethodVisitor method) {
        method.visitMethodInsn(Opcodes.INVOKESTATIC, internalName, UPDATER, "()L" + UPDATER_TYPE + ";", false);
        method.visitFieldInsn(Opcodes.PUTSTATIC, internalName, UPDATER, "L" + UPDATER_TYPE + ";");
    }

    /** The class's own static initializer, which makes the updater before anything else it does. */
    private final class MakingTheUpdaterFirst extends MethodVisitor {

        MakingTheUpdaterFirst(MethodVisitor next) {
            super(ClassReaders.ASM_API, next);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            setUpdater(mv);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            super.visitMaxs(Math.max(maxStack, 1), maxLocals);
        }
    }
}
