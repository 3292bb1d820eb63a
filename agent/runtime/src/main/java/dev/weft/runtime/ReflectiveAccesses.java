package dev.weft.runtime;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hooks of {@code Field.get*}/{@code set*} calls in instrumented code: the field is read or written
 * inside the JDK, where no access hook sees it, so the instrumentation calls {@link #writing} before a
 * {@code set*} call, and {@link #reading} before and {@link #read} after a {@code get*} call, with copies of the call's
 * {@code Field} and object, and they report the access as the program's own {@code putfield}/{@code getfield}
 * of that field would: a {@code volatile} write releases before it, a {@code volatile} read acquires after it.
 * The call itself stays where it was, so its caller-sensitive access checks are the caller's. The field's
 * id is the one its direct accesses have ({@link FieldHandles#reflectedId}), looked up once per field.
 *
 * <p>A call whose arguments make it throw (no object for an instance field, an object of another class)
 * reports nothing; nor does a {@code get*} call that throws.
 *
 * <p>{@code java.lang.reflect.Array.get*}/{@code set*} calls report their element access before the call, as the element
 * load or store would ({@link #elementReading}, {@link #elementWriting}); one whose arguments make it throw (no array, an
 * index out of bounds, {@code getInt} of an array of objects) reports nothing, but for a primitive form given an array of
 * a primitive type it does not take ({@code getInt} of a {@code long[]}), which the call rejects after the report.
 */
public final class ReflectiveAccesses {

    /** What a field's accesses report: its id (-1 when they are not checked), and its modifiers. */
    private record Facts(int id, boolean isStatic, boolean isVolatile) { }

    /** The facts of each field, by declaring class and name: read without a lock. */
    private static final ClassValue<Map<String, Facts>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Facts> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private ReflectiveAccesses() { }

    /** Before {@code field.set*(owner, ..)} at {@code site}. */
    public static void writing(Field field, Object owner, int site) {
        try {
            Facts facts = factsOf(field, owner);
            if (facts == null) {
                return;
            }
            if (facts.isVolatile()) {
                Weft.volatileWrite(facts.isStatic() ? null : owner, facts.id(), site);
            } else {
                Weft.write(facts.isStatic() ? null : owner, facts.id(), site);
            }
        } catch (RuntimeException | LinkageError e) {
            // the call reports what is wrong with it, as it would
        }
    }

    /**
     * Before {@code field.get*(owner)} at {@code site}: in a controlled run, a {@code volatile} read's
     * scheduling point, which must come before the call takes the value, as a direct read's comes before its load.
     */
    public static void reading(Field field, Object owner, int site) {
        try {
            Facts facts = factsOf(field, owner);
            if (facts != null && facts.isVolatile()) {
                Weft.volatileReading(facts.isStatic() ? null : owner, facts.id(), site);
            }
        } catch (RuntimeException | LinkageError e) {
            // as below
        }
    }

    /** After {@code field.get*(owner)} at {@code site} returned. */
    public static void read(Field field, Object owner, int site) {
        try {
            Facts facts = factsOf(field, owner);
            if (facts == null) {
                return;
            }
            if (facts.isVolatile()) {
                Weft.volatileRead(facts.isStatic() ? null : owner, facts.id(), site);
            } else {
                Weft.read(facts.isStatic() ? null : owner, facts.id(), site);
            }
        } catch (RuntimeException | LinkageError e) {
            // as above
        }
    }

    /** Before {@code Array.get*(array, index)} at {@code site}; {@code primitive} for the forms of a primitive type ({@code getInt}). */
    public static void elementReading(Object array, int index, boolean primitive, int site) {
        if (fits(array, index, primitive)) {
            Weft.arrayRead(array, index, site);
        }
    }

    /** Before {@code Array.set*(array, index, value)} at {@code site}; {@code primitive} as for {@link #elementReading}. */
    public static void elementWriting(Object array, int index, boolean primitive, int site) {
        if (fits(array, index, primitive)) {
            Weft.arrayWrite(array, index, site);
        }
    }

    /** Whether a call on {@code array} at {@code index} reaches an element (but for a primitive type the call does not take). */
    private static boolean fits(Object array, int index, boolean primitive) {
        if (array == null || !array.getClass().isArray()) {
            return false;
        }
        return index >= 0 && index < Array.getLength(array)
                && (!primitive || array.getClass().getComponentType().isPrimitive());
    }

    /** The field's facts when its access is checked and the call names a fitting object, else {@code null}. */
    private static Facts factsOf(Field field, Object owner) {
        if (field == null) {
            return null;
        }
        Map<String, Facts> declared = FIELDS.get(field.getDeclaringClass());
        Facts facts = declared.get(field.getName());
        if (facts == null) {
            int modifiers = field.getModifiers();
            facts = new Facts(FieldHandles.reflectedId(field), Modifier.isStatic(modifiers), Modifier.isVolatile(modifiers));
            declared.putIfAbsent(field.getName(), facts);
        }
        boolean fits = facts.isStatic() || field.getDeclaringClass().isInstance(owner);
        return facts.id() >= 0 && fits ? facts : null;
    }
}
