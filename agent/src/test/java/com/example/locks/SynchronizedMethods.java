package com.example.locks;

import java.util.List;

/** Fixture: {@code synchronized} instance and static methods of every return type. */
public final class SynchronizedMethods {

    private static int staticCount;
    private int count;

    synchronized void v() {
        count = Thread.holdsLock(this) ? count + 1 : -100;
    }

    synchronized int i(int x) {
        return Thread.holdsLock(this) ? x + 1 : -1;
    }

    synchronized long j(long x, int y) {
        return Thread.holdsLock(this) ? x + y : -1;
    }

    synchronized double d(double x, long y) {
        return Thread.holdsLock(this) ? x * y : -1;
    }

    synchronized float f(float x) {
        return Thread.holdsLock(this) ? x / 2 : -1;
    }

    synchronized boolean z() {
        return Thread.holdsLock(this);
    }

    synchronized Object o(Object x) {
        return Thread.holdsLock(this) ? List.of(x) : null;
    }

    synchronized void fails() {
        throw new IllegalStateException("from the method");
    }

    synchronized int handlesItsOwnException(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Thread.holdsLock(this) ? -1 : -2;
        }
    }

    static synchronized void sv() {
        staticCount = Thread.holdsLock(SynchronizedMethods.class) ? staticCount + 1 : -100;
    }

    static synchronized int si(int x) {
        return Thread.holdsLock(SynchronizedMethods.class) ? x + 1 : -1;
    }

    static synchronized long sj(long x, int y) {
        return Thread.holdsLock(SynchronizedMethods.class) ? x + y : -1;
    }

    static synchronized double sd(double x, long y) {
        return Thread.holdsLock(SynchronizedMethods.class) ? x * y : -1;
    }

    static synchronized float sf(float x) {
        return Thread.holdsLock(SynchronizedMethods.class) ? x / 2 : -1;
    }

    static synchronized boolean sz() {
        return Thread.holdsLock(SynchronizedMethods.class);
    }

    static synchronized Object so(Object x) {
        return Thread.holdsLock(SynchronizedMethods.class) ? List.of(x) : null;
    }

    static synchronized void sfails() {
        throw new IllegalStateException("from the static method");
    }

    static List<Object> instanceMethods() {
        SynchronizedMethods m = new SynchronizedMethods();
        m.v();
        return List.of(m.count, m.i(1), m.j(2L, 3), m.d(1.5, 2L), m.f(3f), m.z(), m.o("x"), Thread.holdsLock(m));
    }

    static List<Object> staticMethods() {
        sv();
        return List.of(staticCount, si(1), sj(2L, 3), sd(1.5, 2L), sf(3f), sz(), so("x"),
                Thread.holdsLock(SynchronizedMethods.class));
    }

    static boolean instanceMethodThrows() {
        SynchronizedMethods m = new SynchronizedMethods();
        try {
            m.fails();
            return true;
        } catch (IllegalStateException expected) {
            return Thread.holdsLock(m);
        }
    }

    static boolean staticMethodThrows() {
        try {
            sfails();
            return true;
        } catch (IllegalStateException expected) {
            return Thread.holdsLock(SynchronizedMethods.class);
        }
    }

    synchronized int countDown(int n) {
        while (n > 0) {
            n--;
        }
        return Thread.holdsLock(this) ? n : -1;
    }

    static int loopAtStart() {
        return new SynchronizedMethods().countDown(3);
    }

    synchronized int lineOfBody() {
        return Lines.here();
    }

    static int firstLine() {
        return new SynchronizedMethods().lineOfBody();
    }

    static int ownHandler() {
        return new SynchronizedMethods().handlesItsOwnException("not a number");
    }
}
