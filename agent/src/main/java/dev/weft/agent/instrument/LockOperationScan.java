package dev.weft.agent.instrument;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Tells, without visiting the class, whether a class file may hold a lock operation that
 * {@link LockOperationVisitor} or {@link SynchronizedMethodVisitor} rewrites: a {@code synchronized}
 * method, a {@code monitorenter}, the creation of a plain lock ({@code new Object()},
 * {@code new ReentrantLock()}...) or a reference to a method the hooks replace ({@code lock()},
 * {@code wait()}, {@code start()}...). In a run that rewrites only lock operations, the other classes load
 * unchanged, which spares the transformation of most of an application's classes.
 *
 * <p>The constant pool answers for method references; the bytecode of each method is walked by opcode
 * length alone (no labels, no visitor), looking for {@code monitorenter} and {@code new}. The answer errs on
 * the side of {@code true}: an unknown opcode, a reference that is never called, a class named
 * {@code start()} all count.
 */
final class LockOperationScan {

    private static final int CONSTANT_NAME_AND_TYPE = 12;
    /** Length of each instruction by opcode, from the JVM specification; 0 for variable or unknown. */
    private static final byte[] LENGTHS = lengths();

    private LockOperationScan() { }

    /** True when the class may hold a lock operation the deadlock rewrites hook; false when it surely does not. */
    static boolean mayLock(ClassReader reader) {
        char[] buffer = new char[reader.getMaxStringLength()];
        return referencesHookedMethod(reader, buffer) || methodsMayLock(reader, buffer);
    }

    private static boolean referencesHookedMethod(ClassReader reader, char[] buffer) {
        for (int item = 1; item < reader.getItemCount(); item++) {
            int offset = reader.getItem(item);
            if (offset != 0 && reader.readByte(offset - 1) == CONSTANT_NAME_AND_TYPE) {
                String name = reader.readUTF8(offset, buffer);
                if (CallSiteHooks.HOOKED_NAMES.contains(name) && CallSiteHooks.hooks(name + reader.readUTF8(offset + 2, buffer))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Walks the class file's fields and methods (JVMS 4.1) to the code of each method. */
    private static boolean methodsMayLock(ClassReader reader, char[] buffer) {
        int offset = reader.header + 6;
        offset += 2 + 2 * reader.readUnsignedShort(offset); // interfaces
        int fields = reader.readUnsignedShort(offset);
        offset += 2;
        for (int i = 0; i < fields; i++) {
            offset = skipAttributes(reader, offset + 6);
        }
        int methods = reader.readUnsignedShort(offset);
        offset += 2;
        for (int i = 0; i < methods; i++) {
            int access = reader.readUnsignedShort(offset);
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0 && (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
                return true;
            }
            int attributes = reader.readUnsignedShort(offset + 6);
            offset += 8;
            for (int a = 0; a < attributes; a++) {
                int length = reader.readInt(offset + 2);
                if ("Code".equals(reader.readUTF8(offset, buffer))
                        && codeMayLock(reader, offset + 14, reader.readInt(offset + 10), buffer)) {
                    return true;
                }
                offset += 6 + length;
            }
        }
        return false;
    }

    private static int skipAttributes(ClassReader reader, int offset) {
        int attributes = reader.readUnsignedShort(offset);
        offset += 2;
        for (int a = 0; a < attributes; a++) {
            offset += 6 + reader.readInt(offset + 2);
        }
        return offset;
    }

    /** Walks one method's bytecode (JVMS 6.5) for a {@code monitorenter} or the creation of a lock. */
    private static boolean codeMayLock(ClassReader reader, int start, int length, char[] buffer) {
        int end = start + length;
        int offset = start;
        while (offset < end) {
            int opcode = reader.readByte(offset);
            switch (opcode) {
                case Opcodes.MONITORENTER:
                    return true;
                case Opcodes.NEW:
                    if (LockOperationVisitor.LOCK_CLASSES.contains(reader.readClass(offset + 1, buffer))) {
                        return true;
                    }
                    offset += 3;
                    break;
                case Opcodes.TABLESWITCH: {
                    int table = offset + 4 - ((offset - start) & 3); // the operands are 4-byte aligned in the code
                    offset = table + 12 + 4 * (reader.readInt(table + 8) - reader.readInt(table + 4) + 1);
                    break;
                }
                case Opcodes.LOOKUPSWITCH: {
                    int table = offset + 4 - ((offset - start) & 3);
                    offset = table + 8 + 8 * reader.readInt(table + 4);
                    break;
                }
                case 0xc4: // wide: a local variable instruction, or iinc with a wide constant
                    offset += reader.readByte(offset + 1) == Opcodes.IINC ? 6 : 4;
                    break;
                default:
                    if (opcode >= LENGTHS.length || LENGTHS[opcode] == 0) {
                        return true; // not an instruction this scan knows: let the rewrite look
                    }
                    offset += LENGTHS[opcode];
            }
        }
        return false;
    }

    private static byte[] lengths() {
        byte[] lengths = new byte[0xca]; // up to jsr_w
        java.util.Arrays.fill(lengths, (byte) 1);
        for (int opcode : new int[] {Opcodes.BIPUSH, Opcodes.LDC, Opcodes.ILOAD, Opcodes.LLOAD, Opcodes.FLOAD,
                Opcodes.DLOAD, Opcodes.ALOAD, Opcodes.ISTORE, Opcodes.LSTORE, Opcodes.FSTORE, Opcodes.DSTORE,
                Opcodes.ASTORE, Opcodes.RET, Opcodes.NEWARRAY}) {
            lengths[opcode] = 2;
        }
        for (int opcode = Opcodes.IFEQ; opcode <= Opcodes.JSR; opcode++) {
            lengths[opcode] = 3;
        }
        for (int opcode = Opcodes.GETSTATIC; opcode <= Opcodes.INVOKESTATIC; opcode++) {
            lengths[opcode] = 3;
        }
        for (int opcode : new int[] {Opcodes.SIPUSH, 0x13 /* ldc_w */, 0x14 /* ldc2_w */, Opcodes.IINC, Opcodes.NEW,
                Opcodes.ANEWARRAY, Opcodes.CHECKCAST, Opcodes.INSTANCEOF, Opcodes.IFNULL, Opcodes.IFNONNULL}) {
            lengths[opcode] = 3;
        }
        lengths[Opcodes.MULTIANEWARRAY] = 4;
        for (int opcode : new int[] {Opcodes.INVOKEINTERFACE, Opcodes.INVOKEDYNAMIC, 0xc8 /* goto_w */, 0xc9 /* jsr_w */}) {
            lengths[opcode] = 5;
        }
        lengths[Opcodes.TABLESWITCH] = 0;
        lengths[Opcodes.LOOKUPSWITCH] = 0;
        lengths[0xc4] = 0; // wide
        return lengths;
    }
}
