package dev.weft.trace.io;

import dev.weft.trace.Acquired;
import dev.weft.trace.ArrayRead;
import dev.weft.trace.ArrayWritten;
import dev.weft.trace.ClassInitEnded;
import dev.weft.trace.ClassInitStarted;
import dev.weft.trace.ContentsAccessed;
import dev.weft.trace.ElementsAccessed;
import dev.weft.trace.Event;
import dev.weft.trace.FieldRead;
import dev.weft.trace.FieldWritten;
import dev.weft.trace.JoinEnded;
import dev.weft.trace.JoinRequested;
import dev.weft.trace.LockAcquired;
import dev.weft.trace.LockNotAcquired;
import dev.weft.trace.LockReleased;
import dev.weft.trace.LockRequested;
import dev.weft.trace.Released;
import dev.weft.trace.SuperLockAcquired;
import dev.weft.trace.SuperUnlocking;
import dev.weft.trace.ThreadJoined;
import dev.weft.trace.ThreadStarted;
import dev.weft.trace.VolatileRead;
import dev.weft.trace.VolatileWritten;
import dev.weft.trace.WaitBegan;
import dev.weft.trace.WaitEnded;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each {@link Event} record is written in a trace: a tag (its position in {@link #EVENTS}, plus
 * {@link #FIRST_EVENT_TAG}), then its components in declaration order, {@code long} and {@code int} as
 * zig-zag varints and {@code boolean} as one byte. The event records hold only those types, so one
 * codec serves them all; a new event type is appended to the list (and the format's version raised).
 */
final class EventCodec {

    /** Tags below this one are the tables' records (sites, threads, locks, fields, arrays). */
    static final int FIRST_EVENT_TAG = 16;

    /** The event types, in tag order. Append only. */
    static final List<Class<? extends Event>> EVENTS = List.of(
            LockRequested.class, LockAcquired.class, LockReleased.class, LockNotAcquired.class,
            WaitBegan.class, WaitEnded.class, JoinRequested.class, JoinEnded.class,
            ThreadStarted.class, ThreadJoined.class,
            FieldRead.class, FieldWritten.class, VolatileRead.class, VolatileWritten.class,
            ArrayRead.class, ArrayWritten.class, Released.class, Acquired.class,
            ClassInitStarted.class, ClassInitEnded.class, ElementsAccessed.class,
            ContentsAccessed.class, SuperLockAcquired.class, SuperUnlocking.class);

    private record Shape(int tag, RecordComponent[] components, MethodHandle[] accessors, MethodHandle constructor) { }

    private static final Map<Class<?>, Shape> BY_TYPE = new HashMap<>();
    private static final Shape[] BY_TAG = new Shape[FIRST_EVENT_TAG + EVENTS.size()];

    static {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (int i = 0; i < EVENTS.size(); i++) {
            Class<? extends Event> type = EVENTS.get(i);
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            Class<?>[] parameters = new Class<?>[components.length];
            try {
                for (int c = 0; c < components.length; c++) {
                    accessors[c] = lookup.unreflect(components[c].getAccessor());
                    parameters[c] = components[c].getType();
                }
                MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameters));
                Shape shape = new Shape(FIRST_EVENT_TAG + i, components, accessors, constructor);
                BY_TYPE.put(type, shape);
                BY_TAG[shape.tag()] = shape;
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    private EventCodec() { }

    static void write(Event event, TraceOutput out) throws IOException {
        Shape shape = BY_TYPE.get(event.getClass());
        out.tag(shape.tag());
        try {
            for (int c = 0; c < shape.components().length; c++) {
                Object value = shape.accessors()[c].invoke(event);
                if (value instanceof Boolean flag) {
                    out.flag(flag);
                } else {
                    out.signed(((Number) value).longValue());
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** True when {@code tag} is an event this version knows. */
    static boolean isEvent(int tag) {
        return tag >= FIRST_EVENT_TAG && tag < BY_TAG.length;
    }

    static Event read(int tag, TraceInput in) throws IOException {
        Shape shape = BY_TAG[tag];
        Object[] values = new Object[shape.components().length];
        for (int c = 0; c < values.length; c++) {
            Class<?> type = shape.components()[c].getType();
            values[c] = type == boolean.class ? in.flag() : type == int.class ? in.signedInt() : (Object) in.signed();
        }
        try {
            return (Event) shape.constructor().invokeWithArguments(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
