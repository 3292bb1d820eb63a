package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.utility.OpenedClassReader;

/**
 * Instruments the lock operations of every method of one class: {@link LockOperationVisitor} on each
 * body, and, when the class's shape may change, {@link SynchronizedMethodVisitor} on each
 * {@code synchronized} method, whose flag it clears.
 */
final class LockClassVisitor extends ClassVisitor {

    private final SiteRegistry registry;
    private final CallSiteHooks hooks;
    private final Rewrites rewrites;
    private int version;
    private String internalName;
    private String className;
    private String file;

    LockClassVisitor(ClassVisitor next, SiteRegistry registry, CallSiteHooks hooks, Rewrites rewrites) {
        super(OpenedClassReader.ASM_API, next);
        this.registry = registry;
        this.hooks = hooks;
        this.rewrites = rewrites;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.version = version;
        this.internalName = name;
        this.className = name.replace('/', '.');
        super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public void visitSource(String source, String debug) {
        this.file = source;
        super.visitSource(source, debug);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        boolean synchronizedBody = rewrites.synchronizedMethods()
                && (access & Opcodes.ACC_SYNCHRONIZED) != 0
                && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
        int newAccess = synchronizedBody ? access & ~Opcodes.ACC_SYNCHRONIZED : access;
        MethodVisitor next = super.visitMethod(newAccess, name, descriptor, signature, exceptions);
        if (next == null) {
            return null;
        }
        MethodSites sites = new MethodSites(registry, className, name, file);
        if (synchronizedBody) {
            next = new SynchronizedMethodVisitor(next, sites, internalName, name + descriptor,
                    (access & Opcodes.ACC_STATIC) != 0, version);
        }
        if (rewrites.handOffs()) {
            next = HandOffVisitor.of(next, sites, new HandOffSites(hooks), version);
        }
        return new LockOperationVisitor(next, sites, hooks);
    }
}
