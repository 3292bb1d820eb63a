package dev.weft.agent.instrument;

import dev.weft.runtime.ArrayCalls;
import dev.weft.runtime.ObjectClones;
import dev.weft.runtime.SerializedObjects;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Makes the JDK calls that access an array's elements in bulk report those accesses, as the element loads
 * and stores of the program's own code do: {@code System.arraycopy}, {@code Arrays.fill}, {@code copyOf},
 * {@code copyOfRange}, {@code setAll}, {@code sort}, {@code equals}, {@code hashCode}, {@code toString},
 * {@code binarySearch} (the elements it surely compared), {@code mismatch} and {@code compare} (those up to the first that
 * differ), {@code deepToString}, {@code deepHashCode} and {@code deepEquals} (the nested arrays too), {@code Arrays.stream(array)}, {@code List.of(array)},
 * {@code IntStream.of(array)}...,
 * {@code getChars} of a {@code String} or a {@code StringBuilder}, {@code String.valueOf(chars)} (whole or a range), and the
 * array calls of streams (and {@code read()}: those of a {@code ByteArrayInputStream} read its array), readers, writers, NIO buffers and random generators ({@link #instanceShapeOf}), and an NIO buffer's get or put
 * of one value ({@code getInt(index)}, which reads the array behind a buffer that wraps one), become an
 * {@code invokedynamic} linked by {@link ArrayCalls}; an array's {@code clone()}, {@code new String(chars)}
 * or {@code new String(bytes)}, a builder's {@code append(chars)} and {@code Collections.addAll(collection, array)} report
 * the reads of its elements before them,
 * and an object's {@code clone()} the reads of its fields ({@link ObjectClones}), {@code ObjectOutputStream.writeObject(o)} those
 * its default serialization makes ({@link SerializedObjects}). The other {@code String}
 * constructors given an array ({@code new String(bytes, off, count, charset)}...) become an {@code invokedynamic}
 * of the checked constructor, whose string the {@code new} object copies; {@code collection.toArray(array)} on a
 * JDK collection reports the writes of the elements it filled after it returns; a {@code List}'s {@code get}, {@code set},
 * {@code sort}, {@code replaceAll}, {@code toArray}, {@code forEach}, {@code hashCode}, {@code toString}, {@code indexOf},
 * {@code lastIndexOf}, {@code contains}, {@code stream}, {@code parallelStream} and {@code spliterator} report, for an
 * {@code Arrays.asList(array)} view or a {@code subList} of one, the array's elements ({@link #checkViewElements},
 * {@link #searchView}), an {@code Iterator}'s {@code next()} (a {@code ListIterator}'s {@code next()}, {@code previous()},
 * {@code set}) the element a view's iterator returned, and {@code equals} and {@code containsAll} the elements they compared.
 *
 * <p>Only class files of version 51 (Java 7) or later are rewritten: older ones cannot hold an
 * {@code invokedynamic}, and keep their calls as they are.
 */
final class BulkArrayCallVisitor extends HookingMethodVisitor {

    private static final String ARRAY_CALLS = Type.getInternalName(ArrayCalls.class);
    private static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, ARRAY_CALLS, "call",
            "(" + Type.getDescriptor(MethodHandles.Lookup.class) + Type.getDescriptor(String.class)
                    + Type.getDescriptor(MethodType.class) + Type.getDescriptor(MethodHandle.class) + "II)"
                    + Type.getDescriptor(CallSite.class), false);
    private static final String ARRAYCOPY = "(Ljava/lang/Object;ILjava/lang/Object;II)V";
    private static final String GET_CHARS = "(II[CI)V";
    private static final String CLONE = "()Ljava/lang/Object;";
    private static final String WRITE_OBJECT = "(Ljava/lang/Object;)V";
    private static final String ADD_ALL = "(Ljava/util/Collection;[Ljava/lang/Object;)Z";
    private static final String TO_ARRAY = "([Ljava/lang/Object;)[Ljava/lang/Object;";
    /**
     * The types whose static {@code of(array)} reads the array: {@code List.of} and {@code Set.of} copy it, a stream's
     * reads it in its terminal operation, which is taken to be at the call (a stream is used where it is made).
     */
    private static final Set<String> STREAMS_AND_LISTS_OF_ARRAY = Set.of("java/util/List", "java/util/Set", "java/util/stream/Stream",
            "java/util/stream/IntStream", "java/util/stream/LongStream", "java/util/stream/DoubleStream");
    private static final Set<String> BUILDERS = Set.of("java/lang/StringBuilder", "java/lang/StringBuffer");
    /** {@code (byte[])}, {@code (char[], int, int)}...: a stream's or a reader's array call, returning a count or nothing. */
    private static final Pattern STREAM_ARRAY_CALL = Pattern.compile("\\(\\[[BC](II)?\\)[IV]");
    /** {@code (byte[])ByteBuffer}, {@code (long[], int, int)LongBuffer}...: an NIO buffer's bulk get or put. */
    private static final Pattern BUFFER_ARRAY_CALL = Pattern.compile("\\(\\[[BCSIJFD](II)?\\)Ljava/nio/\\w+Buffer;");
    /** {@code (ByteBuffer)int}, {@code (ByteBuffer, long)int}, {@code (CharBuffer)int}: a channel's or a reader's read into a buffer. */
    /** {@code get}, {@code getInt}, {@code put}, {@code putDouble}...: an NIO buffer's get or put of one value. */
    private static final Pattern BUFFER_VALUE_CALL = Pattern.compile("(get|put)(Char|Short|Int|Long|Float|Double)?");
    private static final Pattern BUFFER_READ = Pattern.compile("\\(Ljava/nio/(Byte|Char)Buffer;J?\\)I");
    /** The {@code List} calls that read every element of an {@code Arrays.asList} view (but {@code toArray(array)}, above). */
    private static final Set<String> VIEW_READS = Set.of("toArray()[Ljava/lang/Object;", "forEach(Ljava/util/function/Consumer;)V",
            "hashCode()I", "toString()Ljava/lang/String;", "stream()Ljava/util/stream/Stream;", "parallelStream()Ljava/util/stream/Stream;",
            "spliterator()Ljava/util/Spliterator;");
    /** The {@code List} calls that read an {@code Arrays.asList} view's elements up to the one they find. */
    private static final Set<String> VIEW_SEARCHES = Set.of("indexOf(Ljava/lang/Object;)I", "lastIndexOf(Ljava/lang/Object;)I",
            "contains(Ljava/lang/Object;)Z");
    /** The calls that compare an {@code Arrays.asList} view with another collection: {@code equals}, {@code containsAll}. */
    private static final Set<String> VIEW_COMPARISONS = Set.of("equals(Ljava/lang/Object;)Z", "containsAll(Ljava/util/Collection;)Z");
    private static final Set<String> STREAM_CALLS = Set.of("read", "readNBytes", "readFully", "write");
    private static final Set<String> RANDOMS = Set.of("java/util/Random", "java/security/SecureRandom",
            "java/util/concurrent/ThreadLocalRandom", "java/util/SplittableRandom", "java/util/random/RandomGenerator");
    /** The digests and checksums, whose {@code update(bytes)} and {@code update(bytes, off, len)} read the array. */
    private static final Set<String> DIGESTS = Set.of("java/security/MessageDigest", "java/util/zip/Checksum", "java/util/zip/CRC32",
            "java/util/zip/CRC32C", "java/util/zip/Adler32");
    /** A {@code Base64} encoder's or decoder's calls given one array, which they read: {@code encode(bytes)}, {@code decode(bytes)}... */
    private static final Set<String> BASE64_CALLS = Set.of("java/util/Base64$Encoder.encode([B)[B",
            "java/util/Base64$Encoder.encodeToString([B)Ljava/lang/String;", "java/util/Base64$Decoder.decode([B)[B");
    /** The most a rewrite adds to the operand stack: a copy of the object, the class its call reaches and the site. */
    private static final int EXTRA_STACK = 3;

    private final CallSiteHooks hooks;
    private boolean rewritten;

    private BulkArrayCallVisitor(MethodVisitor next, MethodSites sites, CallSiteHooks hooks) {
        super(next, sites);
        this.hooks = hooks;
    }

    /**
     * The visitor for a method of a class file of this version: {@code next} itself when it cannot be rewritten.
     * {@code hooks} resolves the JDK superclass of an application's stream or reader named as a call's owner.
     */
    static MethodVisitor of(MethodVisitor next, MethodSites sites, int classVersion, CallSiteHooks hooks) {
        return (classVersion & 0xFFFF) >= Opcodes.V1_7 ? new BulkArrayCallVisitor(next, sites, hooks) : next;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == Opcodes.INVOKEVIRTUAL && owner.startsWith("[") && name.equals("clone")) {
            super.visitInsn(Opcodes.DUP);
            callArrayHook(newSite());
            rewritten = true;
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        if (opcode == Opcodes.INVOKESPECIAL && owner.equals("java/lang/String") && name.equals("<init>")
                && (descriptor.equals("([C)V") || descriptor.equals("([B)V"))) {
            super.visitInsn(Opcodes.DUP);
            callArrayHook(newSite());
            rewritten = true;
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        int stringShape = opcode == Opcodes.INVOKESPECIAL && owner.equals("java/lang/String") && name.equals("<init>")
                ? stringConstructorShapeOf(descriptor) : 0;
        if (stringShape != 0) {
            // the checked constructor makes the string from the arguments; the object new made copies it
            Handle constructor = new Handle(Opcodes.H_NEWINVOKESPECIAL, owner, name, descriptor, false);
            super.visitInvokeDynamicInsn("newString", descriptor.replace(")V", ")Ljava/lang/String;"), BOOTSTRAP, constructor, newSite(), stringShape);
            super.visitMethodInsn(opcode, owner, name, "(Ljava/lang/String;)V", false);
            return;
        }
        if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/util/Collections") && name.equals("addAll") && descriptor.equals(ADD_ALL)) {
            readArrayArgument(false, newSite()); // a plain hook: the call stays for the check of the collection's contents
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        if (opcode == Opcodes.INVOKEINTERFACE && owner.equals("java/util/List") && VIEW_SEARCHES.contains(name + descriptor)) {
            searchView(name, descriptor);
            return;
        }
        if (opcode == Opcodes.INVOKEINTERFACE && owner.equals("java/util/ListIterator") && name.equals("set")
                && descriptor.equals("(Ljava/lang/Object;)V")) {
            super.visitInsn(Opcodes.SWAP); // [iterator, value] -> [iterator, value, iterator]
            super.visitInsn(Opcodes.DUP_X1);
            callViewHook("viewListIteratorSet", "(Ljava/lang/Object;I)V");
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        if (opcode != Opcodes.INVOKESTATIC && owner.startsWith("java/util/") && VIEW_COMPARISONS.contains(name + descriptor)) {
            super.visitInsn(Opcodes.DUP2); // [list, other, list, other]: the call stays for the checks of other collections
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            callViewHook(name.equals("equals") ? "viewCompared" : "viewContainedAll", "(Ljava/lang/Object;Ljava/lang/Object;ZI)Z");
            return;
        }
        if (opcode == Opcodes.INVOKEINTERFACE && (owner.equals("java/util/Iterator") && name.equals("next")
                || owner.equals("java/util/ListIterator") && (name.equals("next") || name.equals("previous")))
                && descriptor.equals("()Ljava/lang/Object;")) {
            super.visitInsn(Opcodes.DUP); // [iterator, iterator]: the call stays for the checks of other iterators
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            super.visitInsn(Opcodes.SWAP); // [element, iterator]
            callViewHook("viewIteratorNext", "(Ljava/lang/Object;I)V");
            return;
        }
        if (opcode == Opcodes.INVOKEINTERFACE && owner.equals("java/util/List") && checkViewElements(name, descriptor)) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        if (opcode == Opcodes.INVOKEVIRTUAL && BUILDERS.contains(owner) && name.equals("append")
                && (descriptor.equals("([C)L" + owner + ";") || descriptor.equals("([CII)L" + owner + ";"))) {
            readArrayArgument(descriptor.startsWith("([CII)"), newSite());
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        if (opcode != Opcodes.INVOKESTATIC && owner.startsWith("java/util/") && name.equals("toArray") && descriptor.equals(TO_ARRAY)) {
            if (owner.equals("java/util/List")) {
                super.visitInsn(Opcodes.DUP2); // [list, array, list, array]
                super.visitInsn(Opcodes.POP);
                callViewHook("viewElementsRead", "(Ljava/lang/Object;I)V");
            }
            super.visitInsn(Opcodes.DUP2);
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            super.visitLdcInsn(newSite());
            super.visitMethodInsn(Opcodes.INVOKESTATIC, ARRAY_CALLS, "filledByToArray",
                    "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;I)Ljava/lang/Object;", false);
            super.visitTypeInsn(Opcodes.CHECKCAST, "[Ljava/lang/Object;");
            rewritten = true;
            return;
        }
        if (serializes(opcode, owner, name, descriptor)) {
            super.visitInsn(Opcodes.DUP);
            super.visitLdcInsn(newSite());
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(SerializedObjects.class), "writing",
                    "(Ljava/lang/Object;I)V", false);
            rewritten = true;
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        if ((opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKESPECIAL) && name.equals("clone") && descriptor.equals(CLONE)) {
            super.visitInsn(Opcodes.DUP);
            if (opcode == Opcodes.INVOKESPECIAL) {
                super.visitLdcInsn(Type.getObjectType(owner)); // super.clone(): the superclass's clone()
            } else {
                super.visitInsn(Opcodes.ACONST_NULL);
            }
            super.visitLdcInsn(newSite());
            super.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(ObjectClones.class), "cloning",
                    "(Ljava/lang/Object;Ljava/lang/Class;I)V", false);
            rewritten = true;
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        int shape = switch (opcode) {
            case Opcodes.INVOKESTATIC -> shapeOf(owner, name, descriptor);
            case Opcodes.INVOKEVIRTUAL -> instanceShapeOf(jdkStreamOrOwner(owner, name, descriptor), name, descriptor);
            case Opcodes.INVOKEINTERFACE -> instanceShapeOf(owner, name, descriptor);
            default -> 0;
        };
        if (shape == 0) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        int kind = switch (opcode) {
            case Opcodes.INVOKEVIRTUAL -> Opcodes.H_INVOKEVIRTUAL;
            case Opcodes.INVOKEINTERFACE -> Opcodes.H_INVOKEINTERFACE;
            default -> Opcodes.H_INVOKESTATIC;
        };
        Handle original = new Handle(kind, owner, name, descriptor, isInterface);
        String indyDescriptor = opcode == Opcodes.INVOKESTATIC ? descriptor : "(" + Type.getObjectType(owner).getDescriptor() + descriptor.substring(1);
        super.visitInvokeDynamicInsn(name, indyDescriptor, BOOTSTRAP, original, newSite(), shape);
    }

    /**
     * Whether a call is {@code writeObject(o)} or {@code writeUnshared(o)} of the JDK's {@code ObjectOutputStream} (or
     * {@code writeObject} through {@code ObjectOutput}), whose default serialization reads {@code o}'s fields
     * ({@link SerializedObjects}); an application's subclass may override them.
     */
    private static boolean serializes(int opcode, String owner, String name, String descriptor) {
        return descriptor.equals(WRITE_OBJECT) && (opcode == Opcodes.INVOKEVIRTUAL && owner.equals("java/io/ObjectOutputStream")
                && (name.equals("writeObject") || name.equals("writeUnshared"))
                || opcode == Opcodes.INVOKEINTERFACE && owner.equals("java/io/ObjectOutput") && name.equals("writeObject"));
    }

    /**
     * The JDK superclass of {@code owner} when {@code owner} is an application's class and the call is a stream's or a
     * reader's array call ({@code myStream.read(buffer)} on a {@code FilterInputStream} subclass): its array calls
     * fill or read the array as the JDK's do, whatever the subclass adds. Otherwise {@code owner} itself.
     */
    private String jdkStreamOrOwner(String owner, String name, String descriptor) {
        if (owner.startsWith("java/") || !STREAM_CALLS.contains(name) || !STREAM_ARRAY_CALL.matcher(descriptor).matches()) {
            return owner;
        }
        String jdk = hooks.jdkSuperclass(owner);
        return jdk == null ? owner : jdk.replace('.', '/');
    }

    /**
     * Before a {@code List} call that reads or writes the array behind an {@code Arrays.asList(array)} view inside the
     * JDK ({@code get}, {@code set}, {@code sort}, {@code replaceAll}, {@code toArray()}, {@code forEach}, {@code hashCode},
     * {@code toString}, {@code stream}, {@code parallelStream}, {@code spliterator}): a plain hook that checks the receiver's class and
     * reports the elements, the stack as it was; the call stays for the hand-off and contents checks of other lists.
     * False, and nothing added, for the other calls.
     */
    private boolean checkViewElements(String name, String descriptor) {
        if (VIEW_READS.contains(name + descriptor)) {
            super.visitInsn(Opcodes.DUP); // [list, list]
            callViewHook("viewElementsRead", "(Ljava/lang/Object;I)V");
            return true;
        }
        String hook;
        if (name.equals("get") && descriptor.equals("(I)Ljava/lang/Object;")) {
            super.visitInsn(Opcodes.DUP2); // [list, index, list, index]
            hook = "viewElementRead";
        } else if (name.equals("set") && descriptor.equals("(ILjava/lang/Object;)Ljava/lang/Object;")) {
            super.visitInsn(Opcodes.DUP_X2); // [value, list, index, value]
            super.visitInsn(Opcodes.POP);
            super.visitInsn(Opcodes.DUP2_X1); // [list, index, value, list, index]
            hook = "viewElementSet";
        } else if ((name.equals("sort") && descriptor.equals("(Ljava/util/Comparator;)V"))
                || (name.equals("replaceAll") && descriptor.equals("(Ljava/util/function/UnaryOperator;)V"))) {
            super.visitInsn(Opcodes.DUP2); // [list, function, list, function]
            super.visitInsn(Opcodes.POP);
            super.visitLdcInsn(newSite());
            super.visitMethodInsn(Opcodes.INVOKESTATIC, ARRAY_CALLS, "viewElementsUpdated", "(Ljava/lang/Object;I)V", false);
            rewritten = true;
            return true;
        } else {
            return false;
        }
        super.visitLdcInsn(newSite());
        super.visitMethodInsn(Opcodes.INVOKESTATIC, ARRAY_CALLS, hook, "(Ljava/lang/Object;II)V", false);
        rewritten = true;
        return true;
    }

    /**
     * A {@code List}'s {@code indexOf}, {@code lastIndexOf} or {@code contains}, followed by a hook given the list and the
     * call's result: for an {@code Arrays.asList(array)} view, the reads of the elements the search went through.
     */
    private void searchView(String name, String descriptor) {
        super.visitInsn(Opcodes.SWAP); // [list, x] -> [list, list, x]
        super.visitInsn(Opcodes.DUP_X1);
        super.visitInsn(Opcodes.SWAP);
        super.visitMethodInsn(Opcodes.INVOKEINTERFACE, "java/util/List", name, descriptor, true);
        if (name.equals("contains")) {
            callViewHook("viewContained", "(Ljava/lang/Object;ZI)Z");
        } else {
            super.visitLdcInsn(name.equals("lastIndexOf") ? 1 : 0);
            callViewHook("viewIndexFound", "(Ljava/lang/Object;III)I");
        }
    }

    /** Calls the {@link ArrayCalls} hook {@code hook} of an {@code Arrays.asList} view, given the site last. */
    private void callViewHook(String hook, String hookDescriptor) {
        super.visitLdcInsn(newSite());
        super.visitMethodInsn(Opcodes.INVOKESTATIC, ARRAY_CALLS, hook, hookDescriptor, false);
        rewritten = true;
    }

    /**
     * Stack {@code [array]}, or {@code [array, off, count]} when {@code span}, stays as it is: reports the reads of
     * the elements a builder's {@code append} of them or {@code Collections.addAll} copies.
     */
    private void readArrayArgument(boolean span, int site) {
        if (!span) {
            super.visitInsn(Opcodes.DUP);
            callArrayHook(site);
        } else {
            super.visitInsn(Opcodes.DUP2_X1); // [off, count, array, off, count]
            super.visitLdcInsn(site);
            super.visitMethodInsn(Opcodes.INVOKESTATIC, ARRAY_CALLS, "readingSpan", "(Ljava/lang/Object;III)Ljava/lang/Object;", false);
            super.visitTypeInsn(Opcodes.CHECKCAST, "[C");
            super.visitInsn(Opcodes.DUP_X2); // [array, off, count, array]
            super.visitInsn(Opcodes.POP);
        }
        rewritten = true;
    }

    /**
     * The {@link ArrayCalls} shape of a {@code String} constructor given an array with a range or a charset
     * ({@code new String(chars, off, count)}, {@code new String(bytes, charset)}, {@code new String(bytes, off, count, charset)}...),
     * or 0 for the other constructors (the array alone is checked by {@link #callArrayHook}; the deprecated {@code hibyte} ones are not).
     */
    static int stringConstructorShapeOf(String descriptor) {
        return switch (descriptor) {
            case "([CII)V", "([BII)V", "([III)V", "([BIILjava/nio/charset/Charset;)V", "([BIILjava/lang/String;)V" -> ArrayCalls.READ_SPAN;
            case "([BLjava/nio/charset/Charset;)V", "([BLjava/lang/String;)V" -> ArrayCalls.READ_ALL;
            default -> 0;
        };
    }

    /** Stack {@code [array]} becomes {@code []}: reports the reads of a {@code clone()} or a {@code new String(array)}. */
    private void callArrayHook(int site) {
        super.visitLdcInsn(site);
        super.visitMethodInsn(Opcodes.INVOKESTATIC, ARRAY_CALLS, "readingAll", "(Ljava/lang/Object;I)V", false);
    }

    /** The {@link ArrayCalls} shape of a static call, or 0 when it is not a bulk array call. */
    static int shapeOf(String owner, String name, String descriptor) {
        if (owner.equals("java/lang/System")) {
            return name.equals("arraycopy") && descriptor.equals(ARRAYCOPY) ? ArrayCalls.COPY : 0;
        }
        if (owner.equals("java/lang/String")) {
            if (!name.equals("valueOf") && !name.equals("copyValueOf")) {
                return 0;
            }
            return descriptor.equals("([C)Ljava/lang/String;") ? ArrayCalls.READ_ALL
                    : descriptor.equals("([CII)Ljava/lang/String;") ? ArrayCalls.READ_SPAN : 0;
        }
        if (name.equals("of") && STREAMS_AND_LISTS_OF_ARRAY.contains(owner)) {
            Type[] arguments = Type.getArgumentTypes(descriptor);
            return arguments.length == 1 && arguments[0].getSort() == Type.ARRAY ? ArrayCalls.READ_ALL : 0;
        }
        if (!owner.equals("java/util/Arrays")) {
            return 0;
        }
        Type[] arguments = Type.getArgumentTypes(descriptor);
        if (arguments.length == 0 || arguments[0].getSort() != Type.ARRAY) {
            return 0;
        }
        boolean range = arguments.length >= 3 && arguments[1] == Type.INT_TYPE && arguments[2] == Type.INT_TYPE;
        return switch (name) {
            case "fill" -> arguments.length == 2 ? ArrayCalls.WRITE_ALL : range ? ArrayCalls.WRITE_RANGE : 0;
            case "setAll" -> ArrayCalls.WRITE_ALL;
            case "copyOf" -> ArrayCalls.READ_PREFIX;
            case "copyOfRange" -> range ? ArrayCalls.READ_RANGE : 0;
            case "sort" -> range ? ArrayCalls.UPDATE_RANGE : arguments.length <= 2 ? ArrayCalls.UPDATE_ALL : 0;
            case "equals" -> arguments.length >= 2 && arguments[1].getSort() == Type.ARRAY ? ArrayCalls.READ_BOTH : 0;
            case "hashCode", "toString" -> arguments.length == 1 ? ArrayCalls.READ_ALL : 0;
            case "stream" -> arguments.length == 1 ? ArrayCalls.READ_ALL : range ? ArrayCalls.READ_RANGE : 0;
            case "binarySearch" -> ArrayCalls.SEARCHED;
            case "mismatch" -> comparesTwo(arguments) ? ArrayCalls.MISMATCHED : 0;
            case "compare", "compareUnsigned" -> comparesTwo(arguments) ? ArrayCalls.COMPARED : 0;
            case "deepToString", "deepHashCode" -> arguments.length == 1 ? ArrayCalls.DEEP_READ : 0;
            case "deepEquals" -> arguments.length == 2 ? ArrayCalls.DEEP_EQUALS : 0;
            default -> 0;
        };
    }

    /**
     * Whether an {@code Arrays} call's parameters are two arrays, or two ranges {@code (a, aFrom, aTo, b, bFrom, bTo)}, with a
     * comparator or not: the forms of {@code mismatch} and {@code compare}.
     */
    private static boolean comparesTwo(Type[] arguments) {
        int second = arguments.length >= 6 ? 3 : 1;
        return arguments.length > second && arguments[second].getSort() == Type.ARRAY
                && (second == 1 || arguments[1] == Type.INT_TYPE && arguments[2] == Type.INT_TYPE);
    }

    /**
     * The {@link ArrayCalls} shape of an instance call, or 0 when it is not a bulk array call: {@code getChars}
     * of a {@code String} or a {@code StringBuilder}; {@code read}, {@code readNBytes}, {@code readFully} and
     * {@code write} of an array (whole, or {@code off, len}) on a type of {@code java.io}, {@code java.util.zip}
     * or {@code java.util.jar}, and {@code print(chars)}/{@code println(chars)} of a print stream or writer; {@code get} and {@code put} of an array on an NIO buffer; {@code nextBytes}
     * of a random generator; {@code update} of a digest or a checksum and {@code digest(bytes)}, and a {@code Base64}
     * encoder's or decoder's call given one array, which read it as a stream's {@code write} does; {@code read(buffer)}
     * of a channel or a reader, which fills the array behind a buffer ({@code ByteBuffer.wrap(array)}). An application's own subclass named as the call's owner is given here as its JDK
     * superclass ({@link #jdkStreamOrOwner}).
     */
    static int instanceShapeOf(String owner, String name, String descriptor) {
        if (name.equals("getChars")) {
            return descriptor.equals(GET_CHARS) && (owner.equals("java/lang/String") || owner.equals("java/lang/StringBuilder"))
                    ? ArrayCalls.CHARS_OUT : 0;
        }
        if (name.equals("read") && BUFFER_READ.matcher(descriptor).matches()) {
            return owner.startsWith("java/nio/channels/") || owner.startsWith("java/io/") || owner.equals("java/lang/Readable")
                    ? ArrayCalls.READ_INTO_BUFFER : 0;
        }
        if (owner.equals("java/nio/CharBuffer") && name.equals("toString") && descriptor.equals("()Ljava/lang/String;")) {
            return ArrayCalls.BUFFER_REMAINING; // the characters left in a CharBuffer.wrap(chars)
        }
        if (owner.startsWith("java/nio/") && owner.endsWith("Buffer")) {
            return !BUFFER_ARRAY_CALL.matcher(descriptor).matches() ? bufferElementShapeOf(name, descriptor)
                    : name.equals("get") ? ArrayCalls.FILLED : name.equals("put") ? ArrayCalls.WRITTEN_OUT : 0;
        }
        if (name.equals("nextBytes")) {
            return descriptor.equals("([B)V") && RANDOMS.contains(owner) ? ArrayCalls.FILLED : 0;
        }
        if (DIGESTS.contains(owner)) {
            boolean update = name.equals("update") && (descriptor.equals("([B)V") || descriptor.equals("([BII)V"));
            return update || name.equals("digest") && descriptor.equals("([B)[B") ? ArrayCalls.WRITTEN_OUT : 0;
        }
        if (BASE64_CALLS.contains(owner + "." + name + descriptor)) {
            return ArrayCalls.WRITTEN_OUT;
        }
        if (name.equals("read") && descriptor.equals("()I") && (owner.equals("java/io/InputStream") || owner.equals("java/io/ByteArrayInputStream"))) {
            return ArrayCalls.BYTE_READ; // a byte of a ByteArrayInputStream's array
        }
        if (!(owner.startsWith("java/io/") || owner.startsWith("java/util/zip/") || owner.startsWith("java/util/jar/"))
                || !STREAM_ARRAY_CALL.matcher(descriptor).matches()) {
            return 0;
        }
        boolean count = descriptor.endsWith("I");
        return switch (name) {
            case "read", "readNBytes" -> count ? ArrayCalls.READ_INTO : 0;
            case "readFully" -> count ? 0 : ArrayCalls.FILLED;
            case "write" -> count ? 0 : ArrayCalls.WRITTEN_OUT;
            case "print", "println" -> descriptor.equals("([C)V") ? ArrayCalls.WRITTEN_OUT : 0;
            default -> 0;
        };
    }

    /**
     * The {@link ArrayCalls} shape of an NIO buffer's get or put of one value ({@code get()}, {@code getInt(index)},
     * {@code put(b)}, {@code putLong(index, v)}...), which reads or writes the array behind a buffer that wraps one;
     * 0 for its other calls.
     */
    private static int bufferElementShapeOf(String name, String descriptor) {
        if (!BUFFER_VALUE_CALL.matcher(name).matches()) {
            return 0;
        }
        Type[] arguments = Type.getArgumentTypes(descriptor);
        Type result = Type.getReturnType(descriptor);
        boolean primitives = Arrays.stream(arguments).allMatch(argument -> argument.getSort() <= Type.DOUBLE);
        if (!primitives) {
            return 0;
        }
        if (name.startsWith("get")) {
            return result.getSort() > Type.DOUBLE || result.getSort() == Type.VOID ? 0
                    : arguments.length == 0 ? ArrayCalls.BUFFER_GET : arguments.length == 1 && arguments[0] == Type.INT_TYPE ? ArrayCalls.BUFFER_GET_AT : 0;
        }
        return result.getSort() != Type.OBJECT ? 0
                : arguments.length == 1 ? ArrayCalls.BUFFER_PUT : arguments.length == 2 && arguments[0] == Type.INT_TYPE ? ArrayCalls.BUFFER_PUT_AT : 0;
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitMaxs(rewritten ? maxStack + EXTRA_STACK : maxStack, maxLocals);
    }
}
