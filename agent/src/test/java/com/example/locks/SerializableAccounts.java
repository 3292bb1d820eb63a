package com.example.locks;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Fixture: serializable classes without a declared serialVersionUID, whose shape weft changes. */
public final class SerializableAccounts {

    private SerializableAccounts() { }

    /** Synchronized methods (their modifier is cleared) and plain fields (a shadow field is added). */
    public static class Account implements Serializable, Comparable<Account> {
        static final List<String> AUDIT = new ArrayList<>();
        protected long balance;
        transient int cached;
        private final String owner;

        public Account(String owner) {
            this.owner = owner;
        }

        Account() {
            this("nobody");
        }

        public synchronized void deposit(long amount) {
            balance += amount;
        }

        synchronized long balance() {
            return balance;
        }

        @Override
        public int compareTo(Account other) {
            return owner.compareTo(other.owner);
        }
    }

    /** A subclass, serializable through its superclass, nested and package-private. */
    static final class SavingsAccount extends Account {
        double rate;

        SavingsAccount(String owner) {
            super(owner);
        }

        synchronized void addInterest() {
            balance += (long) (balance * rate);
        }
    }

    /** Declares its own version: weft leaves it as it is. */
    public static class Versioned implements Serializable {
        private static final long serialVersionUID = 42L;
        int value;

        public synchronized int value() {
            return value;
        }
    }
}
