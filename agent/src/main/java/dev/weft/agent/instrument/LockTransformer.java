package dev.weft.agent.instrument;

import dev.weft.agent.site.FieldRegistry;
import dev.weft.agent.site.SiteRegistry;
import java.io.Serializable;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The class file transformer that instruments the lock operations of the classes the filter accepts,
 * and optionally their field and array accesses: one ASM pass from the class file to the rewritten one
 * through {@link LockClassVisitor} (and {@link MemoryAccessClassVisitor} before it).
 *
 * <p>When only lock operations are rewritten (deadlock detection), {@link LockOperationScan} first
 * tells which methods may hold one: a class with none loads unchanged, and in the others only those
 * methods are parsed and rewritten, the rest copied as they are (the writer shares the reader's
 * constant pool).
 *
 * <p>It asks for no writer flags: stack map frames are never computed (that would load classes); the
 * rewrites add a frame where they need one and a constant to the maximum stack size. The headers of
 * class files ({@link TypeHierarchy}, cached per class loader) answer the rare questions whether a call's
 * receiver is a {@code Lock} or a {@code Thread}, and, for race detection, which class declares an inherited
 * field. A class that cannot be rewritten loads unchanged, after one warning line.
 */
final class LockTransformer implements ClassFileTransformer {

    private final ClassFilter filter;
    private final SiteRegistry sites;
    private final Consumer<String> warn;
    private final Rewrites rewrites;
    private final Map<ClassLoader, Map<String, TypeHierarchy.Header>> headers = new WeakHashMap<>(); // guarded by itself
    private final Map<ClassLoader, Map<String, Long>> staticCallees = new WeakHashMap<>(); // guarded by itself
    private final WrapperReceivers wrapperReceivers = new WrapperReceivers();

    /** A transformer of the classes {@code filter} accepts, applying {@code rewrites}. */
    LockTransformer(ClassFilter filter, SiteRegistry sites, Consumer<String> warn, Rewrites rewrites) {
        this.filter = filter;
        this.sites = sites;
        this.warn = warn;
        this.rewrites = rewrites;
    }

    @Override
    public byte[] transform(ClassLoader loader, String internalName, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classFile) {
        if (internalName == null) {
            return null; // a hidden class (a lambda's, for one): nothing of the user's to instrument
        }
        return rewrite(loader, internalName, classFile, false);
    }

    /**
     * The class file of a hidden class that instrumented code defines ({@code Lookup.defineHiddenClass}, which
     * no transformer sees), rewritten as a loaded class's would be, but with no shadow field: a hidden class
     * cannot name itself in a descriptor, as the shadow's compare-and-set does. {@code null} leaves it as it is.
     */
    byte[] transformHidden(ClassLoader loader, byte[] classFile) {
        return rewrite(loader, ClassReaders.of(classFile).getClassName(), classFile, true);
    }

    private byte[] rewrite(ClassLoader loader, String internalName, byte[] classFile, boolean hidden) {
        String className = internalName.replace('/', '.');
        if (!filter.accepts(className, loader)) {
            return null;
        }
        try {
            ClassReader reader = ClassReaders.of(classFile);
            if ((reader.getAccess() & Opcodes.ACC_SYNTHETIC) != 0) {
                return null;
            }
            LockOperationScan locking = rewrites.lockOperationsOnly()
                    ? LockOperationScan.of(reader, rewrites.wrapperCalls(), wrapperReceivers.receives(internalName)) : null;
            if (locking != null && locking.namesWrapper()) {
                wrapperReceivers.noteHandOffsOf(classFile); // before the classes it hands its wrappers to load
            }
            if (locking != null && locking.none()) {
                return null;
            }
            ClassWriter writer = new ClassWriter(reader, 0);
            TypeHierarchy types = new TypeHierarchy(loader, headers(loader));
            CallSiteHooks hooks = new CallSiteHooks(types, rewrites.lockOperationsOnly());
            boolean contents = rewrites.memoryAccesses() && reader.readShort(6) >= Opcodes.V1_7;
            HandOffSites handOffs = new HandOffSites(hooks, contents); // one per class: every pass asks it, its answers kept
            CollectionReceivers receivers = contents ? CollectionReceivers.of(reader, classFile, handOffs) : null;
            ClassVisitor last = rewrites.handOffs() ? OldUnsafeCalls.of(writer, sites, reader, classFile) : writer;
            last = rewrites.memoryAccesses() ? FenceMethods.of(last, sites, reader, classFile) : last;
            ClassVisitor visitor = new LockClassVisitor(last, sites, hooks, handOffs, rewrites, locking, receivers);
            if (rewrites.methodReferenceBridges() && rewrites.handOffs()) {
                visitor = new MethodReferenceBridges(visitor, (opcode, owner, name, descriptor) -> hooks.hookFor(opcode, owner, name, descriptor) != null
                        || handOffs.of(opcode, owner, name, descriptor).kind() != HandOffSites.Kind.NONE);
            } else if (rewrites.methodReferenceBridges() && locking != null && locking.hookedHandles()) {
                visitor = new MethodReferenceBridges(visitor, (opcode, owner, name, descriptor) -> hooks.hookFor(opcode, owner, name, descriptor) != null);
            }
            if (rewrites.memoryAccesses()) {
                visitor = new MemoryAccessClassVisitor(visitor, writer, reader, sites, new TrackedFields(rewrites.fields(), loader, types),
                        // a hidden class is told its superclass has the shadow: its objects' shadows are kept in a map
                        superName -> hidden || filter.accepts(superName.replace('/', '.'), loader), hooks,
                        LocalArrays.of(reader, classFile, new StaticCallees(loader, staticCallees(loader))));
            }
            if (changesShapeOf(reader) && serializable(reader, hooks)) {
                visitor = new SerialVersionUidPinning(visitor); // first in the chain: it must see the class as it was
            }
            reader.accept(visitor, 0);
            return writer.toByteArray();
        } catch (Throwable failure) {
            warn.accept("weft: left " + className + " uninstrumented: " + oneLine(failure));
            return null;
        }
    }

    /**
     * True when the rewrites change the shape of this class: with memory accesses (a field and an
     * interface may be added), or when a {@code synchronized} method with a body loses its modifier.
     * Looking at the methods' headers is much cheaper than resolving the class's supertypes to learn
     * whether it is serializable, which most classes of a deadlock-only run then skip.
     */
    private boolean changesShapeOf(ClassReader reader) {
        if (rewrites.memoryAccesses()) {
            return true;
        }
        if (!rewrites.synchronizedMethods()) {
            return false;
        }
        boolean[] found = {false};
        reader.accept(new ClassVisitor(ClassReaders.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                if ((access & Opcodes.ACC_SYNCHRONIZED) != 0 && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
                    found[0] = true;
                }
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return found[0];
    }

    /**
     * True for a class whose default {@code serialVersionUID} matters: a class (not an interface, enum or
     * record, whose versions do not depend on their shape) that implements {@code Serializable} itself or
     * through its superclass.
     */
    private static boolean serializable(ClassReader reader, CallSiteHooks hooks) {
        if ((reader.getAccess() & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ENUM)) != 0 || "java/lang/Record".equals(reader.getSuperName())) {
            return false;
        }
        for (String implemented : reader.getInterfaces()) {
            if (implemented.equals("java/io/Serializable") || implemented.equals("java/io/Externalizable")
                    || hooks.isA(implemented, Serializable.class)) {
                return true;
            }
        }
        String superName = reader.getSuperName();
        return superName != null && !superName.equals("java/lang/Object") && hooks.isA(superName, Serializable.class);
    }

    /** The summaries of the static methods {@code loader}'s classes call ({@link StaticCallees}). */
    private Map<String, Long> staticCallees(ClassLoader loader) {
        synchronized (staticCallees) {
            return staticCallees.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
        }
    }

    private Map<String, TypeHierarchy.Header> headers(ClassLoader loader) {
        synchronized (headers) {
            // nothing in the value refers to the loader: a strong reference from a value to its key would keep the
            // loader (and every class it loaded) for good, one per schedule of a shared JVM
            return headers.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
        }
    }

    /** A failure's message on one line. */
    static String oneLine(Throwable failure) {
        String reason = failure.getMessage() == null ? failure.getClass().getName() : failure.getMessage();
        return reason.replaceAll("\\s*\\R\\s*", " ");
    }
}
