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
 * <p>The bytecode of each method is walked by opcode length alone (no labels, no visitor); a call is
 * recognised by its constant pool entry. The answer errs on the side of rewriting: an opcode the scan does
 * not know, or a call of {@code start()} on any receiver, counts.
 */
final class LockOperationScan {

    private static final int CONSTANT_METHODREF = 10;
    private static final int CONSTANT_INTERFACE_METHODREF = 11;
    private static final int CONSTANT_METHOD_HANDLE = 15;
    private static final String[] HOOKED_NAME_SHAPES = hookedNameShapes();

    private final ClassReader reader;
    private final char[] buffer;
    /** By constant pool index: whether the entry is a method reference whose calls may be hooked. */
    private final boolean[] hookedMethods;
    /** The name and descriptor of each method that may lock. */
    private final Set<String> locking = new HashSet<>();
    /** Whether a method handle of the constant pool names a hooked method: a method reference ({@code lock::lock}) may. */
    private boolean hookedHandles;

    private LockOperationScan(ClassReader reader) {
        this.reader = reader;
        this.buffer = new char[reader.getMaxStringLength()];
        this.hookedMethods = new boolean[reader.getItemCount()];
    }

    /** Scans one class file. */
    static LockOperationScan of(ClassReader reader) {
        LockOperationScan scan = new LockOperationScan(reader);
        scan.markHookedMethods();
        scan.scanMethods();
        return scan;
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
                    if (hookedMethods[reader.readUnsignedShort(offset + 1)]) {
                        return true;
                    }
                    break;
                default:
            }
        }
        return false;
    }
}
