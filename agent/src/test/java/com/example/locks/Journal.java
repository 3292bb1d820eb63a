package com.example.locks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** A journal over a synchronized list: its methods take no lock but the wrapper's, inside the JDK. */
public class Journal {
    private final List<String> entries = Collections.synchronizedList(new ArrayList<>());

    public void record(String entry) {
        entries.add(entry);
    }

    public int size() {
        return entries.size();
    }

    public Iterator<String> entries() {
        return entries.iterator(); // made without the wrapper's lock
    }
}
