package dev.weft.bench.bugs;

/**
 * An atomicity violation in the manner of JaConTeBe's {@code StringBuffer.append(StringBuffer)} bug: a
 * thread asks a synchronized buffer for its length, then copies that many characters in a second
 * synchronized call; another thread truncating the buffer between the two calls makes the copy fail.
 */
public final class CheckThenAct {

    private CheckThenAct() { }

    static final class Buffer {
        private final char[] chars = "hello, world".toCharArray();
        private int length = chars.length;

        synchronized int length() {
            return length;
        }

        synchronized void getChars(int count, char[] into) {
            if (count > length) {
                throw new StringIndexOutOfBoundsException("copy of " + count + " characters from a buffer of " + length);
            }
            System.arraycopy(chars, 0, into, 0, count);
        }

        synchronized void truncate(int newLength) {
            length = newLength;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Buffer buffer = new Buffer();
        RuntimeException[] failure = new RuntimeException[1];
        Thread appender = new Thread(() -> {
            int count = buffer.length();
            try {
                buffer.getChars(count, new char[count]);
            } catch (StringIndexOutOfBoundsException e) {
                failure[0] = e;
            }
        }, "appender");
        Thread truncator = new Thread(() -> buffer.truncate(5), "truncator");
        appender.start();
        truncator.start();
        appender.join();
        truncator.join();
        if (failure[0] != null) {
            throw new AssertionError("the buffer changed between length() and getChars(): " + failure[0].getMessage());
        }
    }
}
