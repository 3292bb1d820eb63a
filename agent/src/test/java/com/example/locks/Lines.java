package com.example.locks;

/** The caller's own source line, so that fixtures can tell tests where an operation is. */
final class Lines {

    private Lines() { }

    static int here() {
        return new Throwable().getStackTrace()[1].getLineNumber();
    }
}
