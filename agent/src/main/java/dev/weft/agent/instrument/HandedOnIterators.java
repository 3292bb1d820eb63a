package dev.weft.agent.instrument;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * The local variables of each method that hold an iterator another thread may step too, found by walking the
 * bytecode ({@link MethodCode}) of the classes that name {@code Iterator} or {@code ListIterator}: a parameter of
 * either type, a local stored straight from a call that returns one and loaded for anything but a call on it (handed
 * to a constructor or a method, stored in a field, captured by a lambda), and a local stored straight from a cast to
 * either type or from an array element and then called as an iterator (whoever gave the object or filled the array may
 * hold it too). A {@code for (x : list)} loop's iterator is loaded only for its calls, so the loop pays nothing. Every
 * call through such a slot is checked, also of a later iterator javac gives the same slot, which costs checks, never a
 * finding.
 */
final class HandedOnIterators {

    private static final String ITERATOR = "java/util/Iterator";
    private static final String LIST_ITERATOR = "java/util/ListIterator";
    private static final int WIDE = 0xc4;
    private static final int ALOAD_0 = 0x2a;
    private static final int ASTORE_0 = 0x4b;
    private static final int AALOAD = 0x32;

    private HandedOnIterators() { }

    /** The slots of such locals, by method name and descriptor; only methods with some. */
    static Map<String, BitSet> of(ClassReader reader) {
        if (!namesIterators(reader)) {
            return Map.of();
        }
        Map<String, BitSet> byMethod = new HashMap<>();
        char[] buffer = new char[reader.getMaxStringLength()];
        MethodCode.forEach(reader, buffer, (header, access, start, length) -> {
            if (start < 0) {
                return;
            }
            String descriptor = reader.readUTF8(header + 4, buffer);
            BitSet slots = handedOnLocals(reader, buffer, start, length);
            slots.or(parameters(descriptor, (access & Opcodes.ACC_STATIC) != 0));
            if (!slots.isEmpty()) {
                byMethod.put(reader.readUTF8(header + 2, buffer) + descriptor, slots);
            }
        });
        return byMethod;
    }

    /**
     * Whether the class's constant pool names one of the iterator interfaces (every call on one does), compared byte by
     * byte: most classes name neither, and are not given a string for each class they name.
     */
    private static boolean namesIterators(ClassReader reader) {
        for (int item = 1; item < reader.getItemCount(); item++) {
            int offset = reader.getItem(item);
            if (offset > 0 && reader.readByte(offset - 1) == 7) { // CONSTANT_Class: the index of its name
                int name = reader.getItem(reader.readUnsignedShort(offset));
                if (isAscii(reader, name, ITERATOR) || isAscii(reader, name, LIST_ITERATOR)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the {@code CONSTANT_Utf8} at {@code offset} (its length, then its bytes) holds exactly {@code text}, all ASCII. */
    private static boolean isAscii(ClassReader reader, int offset, String text) {
        if (reader.readUnsignedShort(offset) != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (reader.readByte(offset + 2 + i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static BitSet parameters(String descriptor, boolean isStatic) {
        BitSet slots = new BitSet();
        int slot = isStatic ? 0 : 1;
        for (Type parameter : Type.getArgumentTypes(descriptor)) {
            if (isIterator(parameter.getDescriptor())) {
                slots.set(slot);
            }
            slot += parameter.getSize();
        }
        return slots;
    }

    private static boolean isIterator(String descriptor) {
        return descriptor.length() > 2 && descriptor.charAt(0) == 'L' && isIteratorClass(descriptor.substring(1, descriptor.length() - 1));
    }

    /**
     * The locals loaded for something else than a call on them while they hold an iterator a call returned, and those
     * called as an iterator while they hold a reference cast to one or taken from an array: the store that comes last
     * before the load in the code decides (javac gives a variable one stretch of code, and reuses its slot for another
     * variable only after it).
     */
    private static BitSet handedOnLocals(ClassReader reader, char[] buffer, int start, int length) {
        BitSet returned = new BitSet(); // slots holding an iterator a call returned
        BitSet given = new BitSet(); // slots holding a reference cast to an iterator or taken from an array
        BitSet handedOn = new BitSet();
        int loaded = -1; // the slot the previous instruction loaded
        boolean returnedIterator = false; // the previous instruction was a call that returns an iterator
        boolean givenReference = false; // the previous instruction was a cast to an iterator or an aaload
        int end = start + length;
        for (int offset = start; offset < end; offset = MethodCode.next(reader, start, offset)) {
            if (offset < 0) {
                return new BitSet(); // an opcode the walk does not know: nothing is assumed
            }
            int opcode = reader.readByte(offset);
            boolean invoke = opcode >= Opcodes.INVOKEVIRTUAL && opcode <= Opcodes.INVOKEINTERFACE;
            int reference = invoke ? reader.getItem(reader.readUnsignedShort(offset + 1)) : 0; // its class, then its name and type
            String owner = invoke ? reader.readClass(reference, buffer) : null;
            boolean onIterator = invoke && (ITERATOR.equals(owner) || LIST_ITERATOR.equals(owner));
            if (loaded >= 0 && (onIterator ? given.get(loaded) : returned.get(loaded))) {
                handedOn.set(loaded);
            }
            loaded = slot(reader, offset, opcode, Opcodes.ALOAD, ALOAD_0);
            int storedTo = slot(reader, offset, opcode, Opcodes.ASTORE, ASTORE_0);
            if (storedTo >= 0) {
                returned.set(storedTo, returnedIterator);
                given.set(storedTo, givenReference);
            }
            String called = invoke ? reader.readUTF8(reader.getItem(reader.readUnsignedShort(reference + 2)) + 2, buffer) : null;
            returnedIterator = invoke && (called.endsWith(")L" + ITERATOR + ";") || called.endsWith(")L" + LIST_ITERATOR + ";"));
            givenReference = opcode == AALOAD || opcode == Opcodes.CHECKCAST && isIteratorClass(reader.readClass(offset + 1, buffer));
        }
        return handedOn;
    }

    private static boolean isIteratorClass(String internalName) {
        return ITERATOR.equals(internalName) || LIST_ITERATOR.equals(internalName);
    }

    /** The local slot of an instruction {@code form} or its short forms from {@code form0}; else -1. */
    private static int slot(ClassReader reader, int offset, int opcode, int form, int form0) {
        return opcode == form ? reader.readByte(offset + 1)
                : opcode >= form0 && opcode < form0 + 4 ? opcode - form0
                : opcode == WIDE && reader.readByte(offset + 1) == form ? reader.readUnsignedShort(offset + 2)
                : -1;
    }
}
