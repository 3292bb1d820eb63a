package dev.weft.agent.instrument;

import java.util.HashSet;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Which methods of a class file may hold a lock operation that {@link LockOperationVisitor} or
 * {@link SynchronizedMethodVisitor} rewrites, found without visiting the class: a {@code synchronized}
 * method, a {@code monitorenter}, the creation of a plain lock ({@code new Object()},
 * {@code new ReentrantLock()}...) or a call of a method the hooks replace ({@code lock()}, {@code wait()},
 * {@code start()}...). In a run that rewrites only lock operations, a class with none loads unchanged, and
 * the other methods of a class with some are copied as they are, never parsed.
 *
 * <p>Asked for wrapper calls too (a deadlock-only run, {@link WrapperCallVisitor}), a class whose constant pool
 * names a synchronized wrapper ({@code Vector}, {@code Stack}, {@code Hashtable} or a {@code Collections.synchronized*}
 * factory) also has each method rewritten that makes a call such a wrapper may make holding its mutex
 * ({@code journal.add(entry)}): the class that makes or names a wrapper is the one that calls it, most often; so does a
 * class such a class hands a wrapper it makes to ({@link WrapperReceivers}). So, for a class that names
 * {@code StampedLock}, is each method that takes, gives up or converts a stamp ({@link StampCallVisitor}). Each method
 * that takes or gives back a {@code Semaphore}'s permits is rewritten too ({@link SemaphoreCallVisitor}).
 *
 * <p>The bytecode of each method is walked by opcode length alone (no labels, no visitor); a call is
 * recognised by its constant pool entry. The answer errs on the side of rewriting: an opcode the scan does
 * not know, or a call of {@code start()} on any receiver, counts.
 */
final class LockOperationScan {

    private static final int CONSTANT_METHODREF = 10;
    private static final int CONSTANT_INTERFACE_METHODREF = 11;
    private static final int CONSTANT_METHOD_HANDLE = 15;
    private static final int CONSTANT_UTF8 = 1;
    /** The names whose presence in a constant pool tells that the class makes or calls a synchronized wrapper. */
    private static final Set<String> WRAPPER_NAMES = Set.of("java/util/Vector", "java/util/Stack", "java/util/Hashtable",
            "synchronizedCollection", "synchronizedList", "synchronizedSet", "synchronizedSortedSet", "synchronizedNavigableSet",
            "synchronizedMap", "synchronizedSortedMap", "synchronizedNavigableMap");
    private static final String[] HOOKED_NAME_SHAPES = hookedNameShapes();
    /** Bits of {@link #namedTypes}: the class names a synchronized wrapper, a {@code StampedLock}. */
    private static final int NAMES_WRAPPER = 1;
    private static final int NAMES_STAMPED_LOCK = 2;

    private final ClassReader reader;
    private final char[] buffer;
    /** By constant pool index: whether the entry is a method reference whose calls may be hooked. */
    private final boolean[] hookedMethods;
    /**
     * By constant pool index: whether the entry is a call a synchronized wrapper may make holding its mutex, or a call of a
     * {@code StampedLock}'s stamp; {@code null} unless wrapper calls were asked for and the class names a wrapper or a
     * {@code StampedLock}.
     */
    private boolean[] wrapperCalls;
    /**
     * By constant pool index: whether the entry is a {@code Semaphore} method that takes or gives back permits;
     * {@code null} unless wrapper calls were asked for.
     */
    private boolean[] semaphoreCalls;
    /** The name and descriptor of each method that may lock. */
    private final Set<String> locking = new HashSet<>();
    /** Whether a method handle of the constant pool names a hooked method: a method reference ({@code lock::lock}) may. */
    private boolean hookedHandles;
    /** Whether wrapper calls were asked for and the class names a wrapper or receives one. */
    private boolean namesWrapper;

    private LockOperationScan(ClassReader reader) {
        this.reader = reader;
        this.buffer = new char[reader.getMaxStringLength()];
        this.hookedMethods = new boolean[reader.getItemCount()];
    }

    /** Scans one class file for lock operations. */
    static LockOperationScan of(ClassReader reader) {
        return of(reader, false);
    }

    /**
     * Scans one class file for lock operations and, with {@code wrapperCalls} (a deadlock-only run), for calls of the
     * wrappers it names, of the stamps of a {@code StampedLock} it names and of a {@code Semaphore}'s permits.
     */
    static LockOperationScan of(ClassReader reader, boolean wrapperCalls) {
        return of(reader, wrapperCalls, false);
    }

    /**
     * As {@link #of(ClassReader, boolean)}, the class taken as naming a wrapper when {@code receivesWrapper}: another
     * class hands it one ({@link WrapperReceivers}).
     */
    static LockOperationScan of(ClassReader reader, boolean wrapperCalls, boolean receivesWrapper) {
        LockOperationScan scan = new LockOperationScan(reader);
        scan.markHookedMethods();
        int named = wrapperCalls ? scan.namedTypes() | (receivesWrapper ? NAMES_WRAPPER : 0) : 0;
        scan.namesWrapper = (named & NAMES_WRAPPER) != 0;
        if (named != 0) {
            scan.markWrapperCalls((named & NAMES_WRAPPER) != 0, (named & NAMES_STAMPED_LOCK) != 0);
        }
        if (wrapperCalls) {
            scan.markSemaphoreCalls();
        }
        scan.scanMethods();
        return scan;
    }

    /** True when wrapper calls were asked for and the class names a wrapper or receives one. */
    boolean namesWrapper() {
        return namesWrapper;
    }

    /** True when no method of the class may lock: it needs no rewriting. */
    boolean none() {
        return locking.isEmpty();
    }

    /** True when this method may hold a lock operation, or is a bridge of a method reference to one. */
    boolean mayLock(String name, String descriptor) {
        return locking.contains(name + descriptor) || hookedHandles && MethodReferenceBridges.isBridge(name);
    }

    /**
     * True when a method handle of the class names a hooked method, as a method reference to it does
     * ({@code Runnable r = lock::lock}, {@code locks.forEach(Lock::lock)}): its lambdas' calls need
     * {@link MethodReferenceBridges}, and every method of the class with an {@code invokedynamic} counts as one that may lock.
     */
    boolean hookedHandles() {
        return hookedHandles;
    }

    private void markHookedMethods() {
        for (int item = 1; item < hookedMethods.length; item++) {
            int offset = reader.getItem(item);
            int tag = offset == 0 ? 0 : reader.readByte(offset - 1);
            if (tag == CONSTANT_METHODREF || tag == CONSTANT_INTERFACE_METHODREF) {
                int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
                hookedMethods[item] = mayBeHookedName(reader.getItem(reader.readUnsignedShort(nameAndType)))
                        && CallSiteHooks.hooks(reader.readUTF8(nameAndType, buffer) + reader.readUTF8(nameAndType + 2, buffer));
            }
        }
        for (int item = 1; item < hookedMethods.length && !hookedHandles; item++) {
            int offset = reader.getItem(item);
            if (offset != 0 && reader.readByte(offset - 1) == CONSTANT_METHOD_HANDLE) {
                hookedHandles = hookedMethods[reader.readUnsignedShort(offset + 1)];
            }
        }
    }

    /**
     * Whether UTF-8 constants of the class name a wrapper's class or factory ({@link #NAMES_WRAPPER}) and
     * {@code StampedLock} ({@link #NAMES_STAMPED_LOCK}), compared byte by byte, never decoded.
     */
    private int namedTypes() {
        int named = 0;
        for (int item = 1; item < hookedMethods.length && named != (NAMES_WRAPPER | NAMES_STAMPED_LOCK); item++) {
            int offset = reader.getItem(item);
            if (offset != 0 && reader.readByte(offset - 1) == CONSTANT_UTF8) {
                for (String name : WRAPPER_NAMES) {
                    if (utf8Is(offset, name)) {
                        named |= NAMES_WRAPPER;
                    }
                }
                if (utf8Is(offset, StampCallVisitor.STAMPED_LOCK)) {
                    named |= NAMES_STAMPED_LOCK;
                }
            }
        }
        return named;
    }

    /** Whether the UTF-8 constant at this offset is {@code ascii}. */
    private boolean utf8Is(int utf8, String ascii) {
        if (reader.readUnsignedShort(utf8) != ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (reader.readByte(utf8 + 2 + i) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void markWrapperCalls(boolean wrappers, boolean stamps) {
        wrapperCalls = new boolean[hookedMethods.length];
        for (int item = 1; item < wrapperCalls.length; item++) {
            int offset = reader.getItem(item);
            int tag = offset == 0 ? 0 : reader.readByte(offset - 1);
            if (tag == CONSTANT_METHODREF || tag == CONSTANT_INTERFACE_METHODREF) {
                int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
                String owner = reader.readClass(offset, buffer);
                String name = reader.readUTF8(nameAndType, buffer);
                wrapperCalls[item] = wrappers && WrapperCallVisitor.mayLock(owner, name) || stamps && StampCallVisitor.isStampCall(owner, name);
            }
        }
    }

    private void markSemaphoreCalls() {
        semaphoreCalls = new boolean[hookedMethods.length];
        for (int item = 1; item < semaphoreCalls.length; item++) {
            int offset = reader.getItem(item);
            if (offset != 0 && reader.readByte(offset - 1) == CONSTANT_METHODREF
                    && utf8Is(reader.getItem(reader.readUnsignedShort(reader.getItem(reader.readUnsignedShort(offset)))),
                            SemaphoreCallVisitor.OWNER)) {
                int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
                semaphoreCalls[item] = SemaphoreCallVisitor.takesPermits(SemaphoreCallVisitor.OWNER, reader.readUTF8(nameAndType, buffer));
            }
        }
    }

    /**
     * False when the UTF-8 constant at this offset cannot be the name of a hooked method, told from its length and
     * first byte without decoding it: most method references of a class are then never turned into strings.
     */
    private boolean mayBeHookedName(int utf8) {
        int length = reader.readUnsignedShort(utf8);
        return length < HOOKED_NAME_SHAPES.length && HOOKED_NAME_SHAPES[length].indexOf(reader.readByte(utf8 + 2)) >= 0;
    }

    /** By length, the first letters of the hooked methods' names of that length. */
    private static String[] hookedNameShapes() {
        int longest = 0;
        for (String name : CallSiteHooks.HOOKED_NAMES) {
            longest = Math.max(longest, name.length());
        }
        String[] shapes = new String[longest + 1];
        java.util.Arrays.fill(shapes, "");
        for (String name : CallSiteHooks.HOOKED_NAMES) {
            shapes[name.length()] += name.charAt(0);
        }
        return shapes;
    }

    /** Walks the class file's methods to the code of each. */
    private void scanMethods() {
        MethodCode.forEach(reader, buffer, (header, access, start, length) -> {
            boolean locks = (access & Opcodes.ACC_SYNCHRONIZED) != 0 && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0
                    || start >= 0 && codeMayLock(start, length);
            if (locks) { // only these methods' names are decoded
                locking.add(reader.readUTF8(header + 2, buffer) + reader.readUTF8(header + 4, buffer));
            }
        });
    }

    /** Walks one method's bytecode for a {@code monitorenter}, a lock's creation or a hooked call. */
    private boolean codeMayLock(int start, int length) {
        int end = start + length;
        for (int offset = start; offset < end; offset = MethodCode.next(reader, start, offset)) {
            if (offset < 0) {
                return true; // not an instruction this scan knows: let the rewrite look
            }
            switch (reader.readByte(offset)) {
                case Opcodes.MONITORENTER:
                    return true;
                case Opcodes.NEW:
                    if (LockOperationVisitor.LOCK_CLASSES.contains(reader.readClass(offset + 1, buffer))) {
                        return true;
                    }
                    break;
                case Opcodes.INVOKEDYNAMIC:
                    if (hookedHandles) {
                        return true;
                    }
                    break;
                case Opcodes.INVOKEVIRTUAL:
                case Opcodes.INVOKESTATIC:
                case Opcodes.INVOKEINTERFACE:
                    int method = reader.readUnsignedShort(offset + 1);
                    boolean wrapperCall = wrapperCalls != null && wrapperCalls[method] && reader.readByte(offset) != Opcodes.INVOKESTATIC;
                    boolean semaphoreCall = semaphoreCalls != null && semaphoreCalls[method];
                    if (hookedMethods[method] || wrapperCall || semaphoreCall) {
                        return true;
                    }
                    break;
                default:
            }
        }
        return false;
    }
}
