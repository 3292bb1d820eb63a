package example.apphunt;

import java.util.concurrent.atomic.AtomicMarkableReference;

/**
 * A trading desk keeps its watch list as a lock-free sorted linked list in the style of Harris's: each node's next
 * link is an {@code AtomicMarkableReference} whose mark deletes the node logically. Traders insert symbols (nodes
 * whose fields they fill before the {@code compareAndSet} that links them) and remove others (mark, then unlink);
 * a monitor thread walks the list and reads every node it reaches. Traders and the monitor are joined at the end.
 */
// weft: expect none
public final class WatchListMarkableLinks {

    static final class Node {
        final int key;
        String symbol;
        long limitCents;
        final AtomicMarkableReference<Node> next;

        Node(int key, String symbol, long limitCents, Node next) {
            this.key = key;
            this.symbol = symbol;
            this.limitCents = limitCents;
            this.next = new AtomicMarkableReference<>(next, false);
        }
    }

    static final class WatchList {
        final Node tail = new Node(Integer.MAX_VALUE, "tail", 0, null);
        final Node head = new Node(Integer.MIN_VALUE, "head", 0, tail);

        /** The node before the first node with a key at least {@code key}, and that node, unlinking marked ones. */
        Node[] find(int key) {
            retry:
            while (true) {
                Node pred = head;
                Node curr = pred.next.getReference();
                while (true) {
                    boolean[] marked = {false};
                    Node succ = curr.next.get(marked);
                    while (marked[0]) {
                        if (!pred.next.compareAndSet(curr, succ, false, false)) {
                            continue retry;
                        }
                        curr = succ;
                        succ = curr.next.get(marked);
                    }
                    if (curr.key >= key) {
                        return new Node[] {pred, curr};
                    }
                    pred = curr;
                    curr = succ;
                }
            }
        }

        boolean add(int key, String symbol, long limitCents) {
            while (true) {
                Node[] window = find(key);
                if (window[1].key == key) {
                    return false;
                }
                Node node = new Node(key, symbol, 0, window[1]);
                node.limitCents = limitCents;
                node.symbol = symbol.toUpperCase();
                if (window[0].next.compareAndSet(window[1], node, false, false)) {
                    return true;
                }
            }
        }

        boolean remove(int key) {
            while (true) {
                Node[] window = find(key);
                Node curr = window[1];
                if (curr.key != key) {
                    return false;
                }
                Node succ = curr.next.getReference();
                if (!curr.next.attemptMark(succ, true)) {
                    continue;
                }
                window[0].next.compareAndSet(curr, succ, false, false);
                return true;
            }
        }

        long walk() {
            long sum = 0;
            boolean[] marked = {false};
            for (Node node = head.next.getReference(); node != tail; node = node.next.get(marked)) {
                sum += node.limitCents + node.symbol.length();
            }
            return sum;
        }
    }

    public static void main(String[] args) throws Exception {
        WatchList list = new WatchList();
        Thread[] traders = new Thread[3];
        for (int t = 0; t < traders.length; t++) {
            int trader = t;
            traders[t] = new Thread(() -> {
                for (int i = 0; i < 60; i++) {
                    int key = (i * 7 + trader * 13) % 50;
                    if (i % 4 == 3) {
                        list.remove(key);
                    } else {
                        list.add(key, "sym" + key, 100L * key + trader);
                    }
                }
            }, "trader-" + t);
        }
        long[] seen = new long[1];
        Thread monitor = new Thread(() -> {
            for (int round = 0; round < 40; round++) {
                seen[0] += list.walk();
            }
        }, "monitor");
        monitor.start();
        for (Thread trader : traders) {
            trader.start();
        }
        for (Thread trader : traders) {
            trader.join();
        }
        monitor.join();
        System.out.println("walked " + seen[0] + ", now " + list.walk());
    }
}
