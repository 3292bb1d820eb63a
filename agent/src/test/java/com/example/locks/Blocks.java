package com.example.locks;

import java.util.List;

/** Fixture: {@code synchronized} blocks. */
public final class Blocks {

    static final class A { }

    static final class B { }

    private static int count;

    private Blocks() { }

    static int normal() {
        A a = new A();
        synchronized (a) {
            count++;
        }
        return count;
    }

    /** A block whose first statement is a loop: its first instruction is a jump target. */
    static int loopAtBlockStart() {
        A a = new A();
        int turns = 0;
        synchronized (a) {
            while (turns < 3) {
                turns++;
            }
        }
        return turns;
    }

    static boolean throwing() {
        A a = new A();
        try {
            synchronized (a) {
                throw new IllegalStateException("from the block");
            }
        } catch (IllegalStateException expected) {
            return Thread.holdsLock(a);
        }
    }

    static List<Boolean> nestedAndReentrant() {
        A a = new A();
        B b = new B();
        boolean heldInside;
        synchronized (a) {
            synchronized (b) {
                synchronized (a) {
                    heldInside = Thread.holdsLock(a) && Thread.holdsLock(b);
                }
            }
        }
        return List.of(heldInside, Thread.holdsLock(a) || Thread.holdsLock(b));
    }

    static int enterLine() {
        A a = new A();
        int line = Lines.here(); synchronized (a) {
            return line;
        }
    }

    static void onNull() {
        A a = null;
        synchronized (a) {
            count++;
        }
    }
}
