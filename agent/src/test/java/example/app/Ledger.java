package example.app;

import java.util.List;

/** A ledger over the entries its maker hands it; its methods take no lock but the entries' own (if they have one). */
final class Ledger {
    private final List<String> entries;

    Ledger(List<String> entries) {
        this.entries = entries;
    }

    void record(String entry) {
        entries.add(entry);
    }

    int count() {
        return entries.size();
    }
}
