package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * A disk-usage tool sums a directory tree with a {@code RecursiveTask}: each task forks its subdirectories, joins
 * them, and caches the size in the directory's plain field; the tool reads every cached size after
 * {@code ForkJoinPool.invoke} returns.
 */
// weft: expect none
public final class DirectorySizes {

    static final class Directory {
        final String name;
        final List<Directory> children = new ArrayList<>();
        long ownBytes;
        long cachedSize;

        Directory(String name, long ownBytes) {
            this.name = name;
            this.ownBytes = ownBytes;
        }
    }

    static final class SizeTask extends RecursiveTask<Long> {
        private final Directory directory;

        SizeTask(Directory directory) {
            this.directory = directory;
        }

        @Override
        protected Long compute() {
            List<SizeTask> forks = new ArrayList<>();
            for (Directory child : directory.children) {
                forks.add((SizeTask) new SizeTask(child).fork());
            }
            long size = directory.ownBytes;
            for (SizeTask fork : forks) {
                size += fork.join();
            }
            directory.cachedSize = size;
            return size;
        }
    }

    public static void main(String[] args) {
        Directory root = new Directory("/", 10);
        List<Directory> all = new ArrayList<>(List.of(root));
        for (int i = 0; i < 4; i++) {
            Directory child = new Directory("d" + i, 100 + i);
            root.children.add(child);
            all.add(child);
            for (int j = 0; j < 3; j++) {
                Directory leaf = new Directory("d" + i + "/f" + j, 1000 + j);
                child.children.add(leaf);
                all.add(leaf);
            }
        }
        ForkJoinPool pool = new ForkJoinPool(2);
        long total = pool.invoke(new SizeTask(root));
        long cached = 0;
        for (Directory directory : all) {
            cached += directory.cachedSize;
        }
        pool.shutdown();
        System.out.println(total + " bytes, " + cached + " cached");
    }
}
