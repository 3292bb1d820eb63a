package com.example.locks;

/** Fixture: {@code Thread.start}, {@code join}, and {@code wait}/{@code notify} across two threads. */
public final class Threads {

    private Threads() { }

    static final class Mailbox {
        private String message;

        synchronized String take() throws InterruptedException {
            while (message == null) {
                wait();
            }
            return message;
        }

        synchronized void put(String value) {
            message = value;
            notifyAll();
        }
    }

    /** A thread subclass whose {@code start} calls {@code super.start()}. */
    static final class Worker extends Thread {
        Worker() {
            super("worker");
        }

        @Override
        public void start() {
            super.start();
        }
    }

    static String waitForNotify() throws InterruptedException {
        Mailbox mailbox = new Mailbox();
        String[] taken = new String[1];
        Thread waiter = new Thread(() -> {
            try {
                taken[0] = mailbox.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "waiter");
        waiter.start();
        while (waiter.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        mailbox.put("hello");
        waiter.join();
        return taken[0];
    }

    static void startAndJoin() throws InterruptedException {
        Thread first = new Thread(() -> { }, "first");
        first.start();
        first.join();
        first.join(1000);
        first.join(1000, 500);
    }

    static void startSubclass() throws InterruptedException {
        Worker worker = new Worker();
        worker.start();
        worker.join();
    }
}
