package com.example;

/** Counts page hits, safely from any number of threads: HitCounter fixed. */
public class SafeHitCounter {

    private long hits;

    /** Counts one hit. */
    public synchronized void hit() {
        hits++;
    }

    /** The hits counted so far. */
    public synchronized long hits() {
        return hits;
    }
}
