package example.racehunt;

/**
 * An import job reports its progress in a small mutable holder object that two lambdas capture: the importer writes it,
 * a progress bar polls it, with no lock and no {@code volatile}.
 */
// weft: expect race example.racehunt.ProgressHolderCaptured$Progress.done threads=importer,progress-bar
public final class ProgressHolderCaptured {

    static final class Progress {
        int done;
    }

    public static void main(String[] args) throws InterruptedException {
        Progress progress = new Progress();
        Threads.runAll(new String[] {"importer", "progress-bar"},
                () -> progress.done = 100, // weft: race
                () -> System.out.println("progress " + progress.done + "%")); // weft: race
    }
}
