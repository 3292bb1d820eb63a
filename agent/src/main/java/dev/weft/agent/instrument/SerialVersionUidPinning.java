package dev.weft.agent.instrument;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Keeps the default {@code serialVersionUID} of a {@code Serializable} class whose shape weft changes.
 *
 * <p>Java serialization derives a class's version, when the class declares none, from its name,
 * modifiers, interfaces, fields, constructors and methods (Java Object Serialization Specification,
 * section 4.6). Weft clears the {@code synchronized} modifier of methods and may add a field and an
 * interface, which would change that version, and objects serialized without weft would no longer
 * deserialize with it (or the reverse). This visitor, placed first in the chain so that it sees the class
 * as it was, computes the version by that algorithm and declares it as the class's
 * {@code serialVersionUID} field.
 */
final class SerialVersionUidPinning extends ClassVisitor {

    private static final int CLASS_MODS = Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT;
    private static final int FIELD_MODS = Opcodes.ACC_PUBLIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED | Opcodes.ACC_STATIC
            | Opcodes.ACC_FINAL | Opcodes.ACC_VOLATILE | Opcodes.ACC_TRANSIENT;
    private static final int METHOD_MODS = Opcodes.ACC_PUBLIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED | Opcodes.ACC_STATIC
            | Opcodes.ACC_FINAL | Opcodes.ACC_SYNCHRONIZED | Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT | Opcodes.ACC_STRICT;

    private record Member(String name, int access, String descriptor) { }

    private String name;
    private int access;
    private String[] interfaces;
    private boolean declaresOwn;
    private boolean staticInitializer;
    private int declaredMethods;
    private final List<Member> fields = new ArrayList<>();
    private final List<Member> constructors = new ArrayList<>();
    private final List<Member> methods = new ArrayList<>();

    SerialVersionUidPinning(ClassVisitor next) {
        super(ClassReaders.ASM_API, next);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.name = name;
        this.access = access;
        this.interfaces = interfaces.clone();
        super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public void visitInnerClass(String innerName, String outerName, String simpleName, int innerAccess) {
        if (innerName.equals(name)) {
            access = innerAccess; // Class.getModifiers() of a nested class: its InnerClasses flags
        }
        super.visitInnerClass(innerName, outerName, simpleName, innerAccess);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        if (name.equals("serialVersionUID")) {
            declaresOwn = true;
        }
        int mods = access & FIELD_MODS;
        if ((mods & Opcodes.ACC_PRIVATE) == 0 || (mods & (Opcodes.ACC_STATIC | Opcodes.ACC_TRANSIENT)) == 0) {
            fields.add(new Member(name, mods, descriptor));
        }
        return super.visitField(access, name, descriptor, signature, value);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        int mods = access & METHOD_MODS;
        if (name.equals("<clinit>")) {
            staticInitializer = true;
        } else if (name.equals("<init>")) {
            if ((mods & Opcodes.ACC_PRIVATE) == 0) {
                constructors.add(new Member(name, mods, descriptor.replace('/', '.')));
            }
        } else {
            declaredMethods++;
            if ((mods & Opcodes.ACC_PRIVATE) == 0) {
                methods.add(new Member(name, mods, descriptor.replace('/', '.')));
            }
        }
        return super.visitMethod(access, name, descriptor, signature, exceptions);
    }

    @Override
    public void visitEnd() {
        if (!declaresOwn) {
            int fieldAccess = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC;
            FieldVisitor field = super.visitField(fieldAccess, "serialVersionUID", "J", null, defaultVersion());
            if (field != null) {
                field.visitEnd();
            }
        }
        super.visitEnd();
    }

    /** {@code ObjectStreamClass.computeDefaultSUID}, from the class as it was read. */
    private long defaultVersion() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(name.replace('/', '.'));
            int classMods = access & CLASS_MODS;
            if ((classMods & Opcodes.ACC_INTERFACE) != 0) {
                classMods = declaredMethods > 0 ? classMods | Opcodes.ACC_ABSTRACT : classMods & ~Opcodes.ACC_ABSTRACT;
            }
            out.writeInt(classMods);
            String[] names = Arrays.stream(interfaces).map(i -> i.replace('/', '.')).sorted().toArray(String[]::new);
            for (String interfaceName : names) {
                out.writeUTF(interfaceName);
            }
            write(out, fields, Comparator.comparing(Member::name));
            if (staticInitializer) {
                out.writeUTF("<clinit>");
                out.writeInt(Opcodes.ACC_STATIC);
                out.writeUTF("()V");
            }
            write(out, constructors, Comparator.comparing(Member::descriptor));
            write(out, methods, Comparator.comparing(Member::name).thenComparing(Member::descriptor));
            out.flush();
            byte[] hash = MessageDigest.getInstance("SHA").digest(bytes.toByteArray());
            long version = 0;
            for (int i = Math.min(hash.length, 8) - 1; i >= 0; i--) {
                version = (version << 8) | (hash[i] & 0xFF);
            }
            return version;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot compute the serialVersionUID of " + name, e);
        }
    }

    private static void write(DataOutputStream out, List<Member> members, Comparator<Member> order) throws IOException {
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(order);
        for (Member member : sorted) {
            out.writeUTF(member.name());
            out.writeInt(member.access());
            out.writeUTF(member.descriptor());
        }
    }
}
