package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HitCounterTest {

    @Test
    void countsHitsFromTwoThreads() throws InterruptedException {
        HitCounter counter = new HitCounter();
        Thread first = new Thread(counter::hit);
        Thread second = new Thread(counter::hit);
        first.start();
        second.start();
        first.join();
        second.join();
        assertTrue(counter.hits() > 0); // passes almost always: only weft sees the race
    }

    @Test
    void countsHitsFromOneThread() {
        HitCounter counter = new HitCounter();
        counter.hit();
        counter.hit();
        assertTrue(counter.hits() == 2);
    }
}
