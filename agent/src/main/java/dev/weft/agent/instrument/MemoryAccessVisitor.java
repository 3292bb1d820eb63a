package dev.weft.agent.instrument;

import dev.weft.runtime.Weft;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Makes the field and array accesses of a method body call the {@code Weft} memory hooks, with no local
 * variable and no branch (so no stack map frame): a plain access calls {@code read}/{@code write} before
 * it, a volatile read calls {@code volatileRead} after it, a volatile write {@code volatileWrite} before
 * it, and an array element load or store {@code arrayRead}/{@code arrayWrite} before it. Tracked fields
 * are those {@link TrackedFields} selects. In a controlled run a volatile read also calls
 * {@code volatileReading} before it: its scheduling point, so that it takes its value at its step.
 *
 * <p>In a constructor, instance field accesses before the call of the super (or another) constructor
 * are left alone: the object is not initialized yet, and may not be passed to a hook.
 *
 * <p>In a static initializer only the accesses of plain fields of other classes (and of objects) are
 * rewritten: those of the class's own static fields, which no other thread can reach before the
 * initializer ends, its volatile accesses, and its array elements (large array literals, which would add
 * most of the code) are left alone.
 *
 * <p>The element loads and stores of an array the method made and never lets out ({@link LocalArrays}) are left
 * alone too: no other thread can see that array.
 */
final class MemoryAccessVisitor extends HookingMethodVisitor {

    /**
     * The most a rewrite adds to the operand stack: a copy of a two-slot value or of array and index, and the
     * ids; or two copies of the object of a controlled volatile read, and the ids.
     */
    private static final int EXTRA_STACK = 4;
    private static final String CLONE = "()Ljava/lang/Object;";
    private static final String WEFT = Type.getInternalName(Weft.class);
    /** Every memory hook takes the owner (or array), the field id (or index), and the site. */
    private static final String HOOK = "(Ljava/lang/Object;II)V";

    private final TrackedFields fields;
    private final boolean controlled;
    private final String owner;
    private final String superName;
    private final int siteLocal;
    private final boolean classInit;
    private final LocalArrays.Accesses localArrays;
    private boolean initialized;
    private boolean rewritten;

    /**
     * @param controlled  whether the run is controlled ({@code volatileReading} before each volatile read)
     * @param constructor whether the method is a constructor
     * @param owner       the internal name of the method's class
     * @param superName   the internal name of its superclass
     * @param siteLocal   the local that holds the site of the field accesses (an accessor's copy, see
     *                    {@link SyntheticAccessors}), or -1: each has a site of its own
     * @param classInit   whether the method is the class's static initializer
     * @param localArrays which of the method's element loads and stores access an array no other thread can see
     */
    MemoryAccessVisitor(MethodVisitor next, MethodSites sites, TrackedFields fields, boolean controlled,
                        boolean constructor, String owner, String superName, int siteLocal, boolean classInit,
                        LocalArrays.Accesses localArrays) {
        super(next, sites);
        this.localArrays = localArrays;
        this.siteLocal = siteLocal;
        this.classInit = classInit;
        this.fields = fields;
        this.controlled = controlled;
        this.owner = owner;
        this.superName = superName;
        this.initialized = !constructor;
    }

    @Override
    public void visitMethodInsn(int opcode, String methodOwner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, methodOwner, name, descriptor, isInterface);
        if (name.equals("clone") && descriptor.equals(CLONE) && opcode != Opcodes.INVOKESTATIC
                && methodOwner.startsWith("java/")) {
            // Object.clone copied the shadow field: the copy must get a shadow of its own
            super.visitInsn(Opcodes.DUP);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, WEFT, "cloned", "(Ljava/lang/Object;)V", false);
            rewritten = true;
        }
        if (!initialized && opcode == Opcodes.INVOKESPECIAL && name.equals("<init>")
                && (methodOwner.equals(superName) || methodOwner.equals(owner))) {
            initialized = true;
        }
    }

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
        boolean instance = opcode == Opcodes.GETFIELD || opcode == Opcodes.PUTFIELD;
        TrackedFields.Tracked field = instance && !initialized || classInit && !instance && fieldOwner.equals(owner)
                ? null : fields.resolve(fieldOwner, name);
        if (field == null || classInit && field.isVolatile()) {
            super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            return;
        }
        rewritten = true;
        int site = newSite();
        boolean wide = descriptor.equals("J") || descriptor.equals("D");
        boolean isVolatile = field.isVolatile();
        switch (opcode) {
            case Opcodes.GETSTATIC -> {
                if (isVolatile && controlled) {
                    super.visitInsn(Opcodes.ACONST_NULL);
                    callFieldHook("volatileReading", field, site);
                }
                if (isVolatile) {
                    super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                }
                super.visitInsn(Opcodes.ACONST_NULL);
                callFieldHook(isVolatile ? "volatileRead" : "read", field, site);
                if (!isVolatile) {
                    super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                }
            }
            case Opcodes.PUTSTATIC -> {
                super.visitInsn(Opcodes.ACONST_NULL);
                callFieldHook(isVolatile ? "volatileWrite" : "write", field, site);
                super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            }
            case Opcodes.GETFIELD -> {
                super.visitInsn(Opcodes.DUP);
                if (isVolatile) {
                    if (controlled) {
                        super.visitInsn(Opcodes.DUP);
                        callFieldHook("volatileReading", field, site);
                    }
                    // [obj, obj] -> [obj, value] -> [value, obj]
                    super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                    if (wide) {
                        super.visitInsn(Opcodes.DUP2_X1);
                        super.visitInsn(Opcodes.POP2);
                    } else {
                        super.visitInsn(Opcodes.SWAP);
                    }
                    callFieldHook("volatileRead", field, site);
                } else {
                    callFieldHook("read", field, site);
                    super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
                }
            }
            default -> { // PUTFIELD: [obj, value] -> [obj, value, obj]
                if (wide) {
                    super.visitInsn(Opcodes.DUP2_X1);
                    super.visitInsn(Opcodes.POP2);
                    super.visitInsn(Opcodes.DUP_X2);
                } else {
                    super.visitInsn(Opcodes.DUP2);
                    super.visitInsn(Opcodes.POP);
                }
                callFieldHook(isVolatile ? "volatileWrite" : "write", field, site);
                super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
            }
        }
    }

    /** Stack {@code [owner]} becomes {@code []}: calls the hook with the field's id and the site. */
    private void callFieldHook(String hook, TrackedFields.Tracked field, int site) {
        super.visitLdcInsn(field.id());
        if (siteLocal < 0) {
            callHook(hook, HOOK, site);
        } else {
            super.visitVarInsn(Opcodes.ILOAD, siteLocal);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, WEFT, hook, HOOK, false);
        }
    }

    @Override
    public void visitInsn(int opcode) {
        if (classInit) {
            super.visitInsn(opcode);
            return;
        }
        boolean element = opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD || opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE;
        if (element && localArrays.nextIsLocal()) {
            super.visitInsn(opcode);
            return;
        }
        if (opcode >= Opcodes.IALOAD && opcode <= Opcodes.SALOAD) {
            super.visitInsn(Opcodes.DUP2); // [array, index, array, index]
            callHook("arrayRead", HOOK, newSite());
            rewritten = true;
        } else if (opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE) {
            // [array, index, value] -> [array, index, value, array, index]
            if (opcode == Opcodes.LASTORE || opcode == Opcodes.DASTORE) {
                super.visitInsn(Opcodes.DUP2_X2);
                super.visitInsn(Opcodes.POP2);
                super.visitInsn(Opcodes.DUP2_X2);
            } else {
                super.visitInsn(Opcodes.DUP_X2);
                super.visitInsn(Opcodes.POP);
                super.visitInsn(Opcodes.DUP2_X1);
            }
            callHook("arrayWrite", HOOK, newSite());
            rewritten = true;
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(rewritten ? maxStack + EXTRA_STACK : maxStack, maxLocals);
    }
}
