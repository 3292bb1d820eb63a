package dev.weft.agent.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ConstantDynamic;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Proves from the class files of a field's package that every {@code Semaphore} the field ever holds is a mutex whose
 * permit only the thread holding it can give back, before the program has given any back (docs/scheduling.md,
 * "Twenty-second session: semaphores proved at the first acquire"). The field is proved when
 * <ul>
 *   <li>it is {@code final}, private or package-private (only classes of its package can name it), of type
 *       {@code Semaphore}, in a class that is not {@code Serializable} (checked by the caller, which has the class);</li>
 *   <li>it is only ever set, in its class's constructors (static initializer for a static field), to a
 *       {@code new Semaphore(1)} (fair or not) made right there, so each of its semaphores has one permit and no other
 *       reference;</li>
 *   <li>every read of it, in every class file of the package, is the receiver of {@code acquire()},
 *       {@code acquireUninterruptibly()}, {@code release()} or {@code availablePermits()} on {@code this}'s field (or
 *       the static field) right away, and no constant names it (no method handle can read it);</li>
 *   <li>each method with such calls {@link PairedPermits pairs} them: on every path, including an exception's, the
 *       method gives back the permit it took before it ends, and gives back none it did not take.</li>
 * </ul>
 * Anything else, a class file that cannot be read, or a package whose class files cannot be listed (classes in a named
 * module, a default package, a loader that is neither directories nor jars) proves nothing.
 */
public final class SemaphoreMutexProof {

    static final String SEMAPHORE = "java/util/concurrent/Semaphore";
    static final String SEMAPHORE_TYPE = "L" + SEMAPHORE + ";";
    private static final Set<String> CALLS = Set.of("acquire()V", "acquireUninterruptibly()V", "release()V", "availablePermits()I");
    private static final String VERSIONED = "META-INF/versions/";

    private final String owner;
    private final String field;
    /** The other classes of the package that declare a field of the same name and type: theirs is not this one. */
    private final Set<String> othersDeclaring = new HashSet<>();
    private boolean isStatic;

    private SemaphoreMutexProof(String owner, String field) {
        this.owner = owner;
        this.field = field;
    }

    /**
     * Whether field {@code field} of class {@code owner} (an internal name), as {@code loader} (its defining loader)
     * finds the class files of its package, holds only semaphores of one permit that are used as mutexes.
     */
    public static boolean proves(ClassLoader loader, String owner, String field) {
        int slash = owner.lastIndexOf('/');
        if (loader == null || slash < 0) {
            return false;
        }
        try {
            List<byte[]> classes = packageClasses(loader, owner.substring(0, slash + 1));
            SemaphoreMutexProof proof = new SemaphoreMutexProof(owner, field);
            if (classes == null || !proof.declaredMutexField(classes)) {
                return false;
            }
            for (byte[] classFile : classes) {
                if (!proof.usesAsMutex(classFile)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // a class file weft cannot read proves nothing
        }
    }

    /**
     * Whether the owner's class file is among {@code classes} and declares the field, final, neither public nor
     * protected (in each copy of it, a versioned one too); notes the other classes of the package that declare a field of
     * its name and type (their own).
     */
    private boolean declaredMutexField(List<byte[]> classes) {
        Set<Integer> ownerAccess = new HashSet<>();
        for (byte[] classFile : classes) {
            ClassReader reader = ClassReaders.of(classFile);
            String className = reader.getClassName();
            int[] access = {-1};
            reader.accept(new ClassVisitor(ClassReaders.ASM_API) {
                @Override
                public FieldVisitor visitField(int flags, String name, String descriptor, String signature, Object value) {
                    if (name.equals(field) && descriptor.equals(SEMAPHORE_TYPE)) {
                        access[0] = flags;
                    }
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            if (className.equals(owner)) {
                ownerAccess.add(access[0]);
            } else if (access[0] != -1) {
                othersDeclaring.add(className);
            }
        }
        if (ownerAccess.size() != 1) {
            return false; // no class file of the owner, or copies that disagree
        }
        int access = ownerAccess.iterator().next();
        isStatic = (access & Opcodes.ACC_STATIC) != 0;
        return access != -1 && (access & Opcodes.ACC_FINAL) != 0 && (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) == 0;
    }

    /** Whether every method of this class file uses the field as a mutex (most do not name it at all). */
    private boolean usesAsMutex(byte[] classFile) {
        ClassReader reader = ClassReaders.of(classFile);
        String className = reader.getClassName();
        boolean[] proved = {true};
        reader.accept(new ClassVisitor(ClassReaders.ASM_API) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                boolean owners = className.equals(owner);
                boolean receiverIsThis = owners && !isStatic && (access & Opcodes.ACC_STATIC) == 0;
                boolean initializer = owners && name.equals(isStatic ? "<clinit>" : "<init>");
                return new PairedPermits(SemaphoreMutexProof.this, receiverIsThis, initializer, paired -> proved[0] &= paired);
            }
        }, ClassReader.SKIP_FRAMES);
        return proved[0];
    }

    /** Whether a field instruction names the field ({@code type} is the class it names: a subclass may name it too). */
    boolean names(String type, String name, String descriptor) {
        return name.equals(field) && descriptor.equals(SEMAPHORE_TYPE) && (type.equals(owner) || !othersDeclaring.contains(type));
    }

    /** Whether a constant (of an {@code ldc} or a bootstrap method's arguments) names the field. */
    boolean mentions(Object constant) {
        if (constant instanceof Handle handle) {
            return handle.getName().equals(field) && handle.getDesc().equals(SEMAPHORE_TYPE);
        }
        if (constant instanceof ConstantDynamic dynamic) {
            if (mentions(dynamic.getBootstrapMethod())) {
                return true;
            }
            for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                if (mentions(dynamic.getBootstrapMethodArgument(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isStatic() {
        return isStatic;
    }

    /** Whether {@code nameAndDescriptor} is a call the field's reads may feed. */
    static boolean allowedCall(String owner, String nameAndDescriptor) {
        return SEMAPHORE.equals(owner) && CALLS.contains(nameAndDescriptor);
    }

    /**
     * The class files of package {@code directory} ({@code com/example/}) in every place {@code loader} finds it, or
     * {@code null} when one of them cannot be listed.
     */
    private static List<byte[]> packageClasses(ClassLoader loader, String directory) throws IOException {
        List<byte[]> classes = new ArrayList<>();
        Enumeration<URL> places = loader.getResources(directory.substring(0, directory.length() - 1));
        while (places.hasMoreElements()) {
            URL place = places.nextElement();
            if (place.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(java.net.URI.create(place.toString())))) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        if (file.getFileName().toString().endsWith(".class") && Files.isRegularFile(file)) {
                            classes.add(Files.readAllBytes(file));
                        }
                    }
                }
            } else if (place.getProtocol().equals("jar")) {
                URLConnection connection = place.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                    addEntries(jar, directory, classes);
                }
            } else {
                return null;
            }
        }
        return classes;
    }

    /** Adds the class files of {@code directory} in {@code jar}, its versioned ones too (any of them may be the one run). */
    private static void addEntries(JarFile jar, String directory, List<byte[]> classes) throws IOException {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.startsWith(VERSIONED)) {
                name = name.substring(name.indexOf('/', VERSIONED.length()) + 1);
            }
            if (name.startsWith(directory) && name.endsWith(".class") && name.indexOf('/', directory.length()) < 0) {
                try (InputStream in = jar.getInputStream(entry)) {
                    classes.add(in.readAllBytes());
                }
            }
        }
    }
}
