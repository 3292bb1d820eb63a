package dev.weft.agent.instrument;

import java.util.Arrays;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The methods of a class file and their bytecode, walked by offsets in the file (JVMS 4.1, 6.5) without visiting
 * the class: for the scans that decide, before any parse, which methods a rewrite or an analysis must look at.
 */
final class MethodCode {

    /** Receives each method of a class file. */
    interface Method {
        /**
         * @param header the offset of the method's {@code access_flags} (its name's index at {@code header + 2}, its
         *               descriptor's at {@code header + 4})
         * @param access the method's access flags
         * @param start  the offset of its first instruction, or -1 when it has no code
         * @param length the length of its code in bytes
         */
        void visit(int header, int access, int start, int length);
    }

    private static final int WIDE = 0xc4;
    /** Length of each instruction by opcode, from the JVM specification; 0 for variable. */
    private static final byte[] LENGTHS = lengths();

    private MethodCode() { }

    /** Calls {@code method} for each method of the class, in the order of the class file. */
    static void forEach(ClassReader reader, char[] buffer, Method method) {
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
            int header = offset;
            int attributes = reader.readUnsignedShort(offset + 6);
            int start = -1;
            int length = 0;
            offset += 8;
            for (int a = 0; a < attributes; a++) {
                if (start < 0 && "Code".equals(reader.readUTF8(offset, buffer))) {
                    start = offset + 14;
                    length = reader.readInt(offset + 10);
                }
                offset += 6 + reader.readInt(offset + 2);
            }
            method.visit(header, reader.readUnsignedShort(header), start, length);
        }
    }

    private static int skipAttributes(ClassReader reader, int offset) {
        int attributes = reader.readUnsignedShort(offset);
        offset += 2;
        for (int a = 0; a < attributes; a++) {
            offset += 6 + reader.readInt(offset + 2);
        }
        return offset;
    }

    /**
     * The offset of the instruction after the one at {@code offset}, in the code that begins at {@code start}; -1
     * for an opcode this walk does not know.
     */
    static int next(ClassReader reader, int start, int offset) {
        int opcode = reader.readByte(offset);
        switch (opcode) {
            case Opcodes.TABLESWITCH: {
                int table = offset + 4 - ((offset - start) & 3); // the operands are 4-byte aligned in the code
                return table + 12 + 4 * (reader.readInt(table + 8) - reader.readInt(table + 4) + 1);
            }
            case Opcodes.LOOKUPSWITCH: {
                int table = offset + 4 - ((offset - start) & 3);
                return table + 8 + 8 * reader.readInt(table + 4);
            }
            case WIDE: // a local variable instruction, or iinc with a wide constant
                return offset + (reader.readByte(offset + 1) == Opcodes.IINC ? 6 : 4);
            default:
                return opcode < LENGTHS.length ? offset + LENGTHS[opcode] : -1;
        }
    }

    private static byte[] lengths() {
        byte[] lengths = new byte[0xca]; // up to jsr_w
        Arrays.fill(lengths, (byte) 1);
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
        lengths[WIDE] = 0;
        return lengths;
    }
}
