package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * A storage cluster plans a rebalance over a tree of racks: a {@code RecursiveAction} per node gives each of its
 * children an action of its own and runs them with {@code ForkJoinTask.invokeAll(collection)}, then reads the
 * children's plain totals to fill in its own node. The planner reads the root's totals after
 * {@code ForkJoinPool.invoke}.
 */
// weft: expect none
public final class ShardRebalanceInvokeAll {

    static final class Node {
        final List<Node> children = new ArrayList<>();
        int shards;
        long bytes;
        int moves;
    }

    static final class Plan extends RecursiveAction {
        final Node node;

        Plan(Node node) {
            this.node = node;
        }

        @Override
        protected void compute() {
            if (node.children.isEmpty()) {
                node.moves = node.shards > 10 ? node.shards - 10 : 0;
                return;
            }
            List<Plan> plans = new ArrayList<>();
            for (Node child : node.children) {
                plans.add(new Plan(child));
            }
            ForkJoinTask.invokeAll(plans);
            for (Node child : node.children) {
                node.shards += child.shards;
                node.bytes += child.bytes;
                node.moves += child.moves;
            }
        }
    }

    static Node build(int depth, int seed) {
        Node node = new Node();
        if (depth == 0) {
            node.shards = 4 + seed % 13;
            node.bytes = node.shards * 1_000_000L;
            return node;
        }
        for (int c = 0; c < 4; c++) {
            node.children.add(build(depth - 1, seed * 4 + c));
        }
        return node;
    }

    public static void main(String[] args) {
        Node root = build(4, 1);
        ForkJoinPool pool = new ForkJoinPool(3);
        pool.invoke(new Plan(root));
        pool.shutdown();
        System.out.println(root.shards + " shards, " + root.bytes + " bytes, " + root.moves + " moves");
    }
}
