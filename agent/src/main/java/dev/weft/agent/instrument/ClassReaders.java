package dev.weft.agent.instrument;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The ASM API level weft's visitors are written against, and the reader of a class file. ASM's reader refuses
 * (with an {@link IllegalArgumentException}) a class file newer than it knows, which the transformer leaves as it
 * is. Byte Buddy's {@code OpenedClassReader} did the same through Byte Buddy's version model, whose references
 * bring the rest of Byte Buddy into the agent jar: weft uses only the ASM Byte Buddy carries.
 */
public final class ClassReaders {

    /** The API level of every visitor of weft's. */
    public static final int ASM_API = Opcodes.ASM9;

    private ClassReaders() { }

    /** A reader of {@code classFile}; throws {@link IllegalArgumentException} for a version ASM does not know. */
    public static ClassReader of(byte[] classFile) {
        return new ClassReader(classFile);
    }
}
