package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;

/**
 * An exam grader on a {@code ForkJoinPool}: the root task grades each paper with adapted {@code Callable}s run by
 * {@code ForkJoinTask.invokeAll}, and forks an adapted {@code Runnable} per paper that writes its feedback and is
 * never joined. The grader waits for the root with {@code invoke}, for the forgotten feedback tasks with
 * {@code awaitQuiescence}, then reads every paper.
 */
// weft: expect none
public final class GradingForkedAdaptedTasks {

    static final class Paper {
        final String student;
        int score;
        String feedback;

        Paper(String student) {
            this.student = student;
        }
    }

    static final class GradeAll extends RecursiveAction {
        final List<Paper> papers;

        GradeAll(List<Paper> papers) {
            this.papers = papers;
        }

        @Override
        protected void compute() {
            List<ForkJoinTask<Integer>> grading = new ArrayList<>();
            for (Paper paper : papers) {
                Callable<Integer> grade = () -> {
                    paper.score = paper.student.length() * 7 % 100;
                    return paper.score;
                };
                grading.add(ForkJoinTask.adapt(grade));
            }
            ForkJoinTask.invokeAll(grading);
            for (Paper paper : papers) {
                ForkJoinTask.adapt(() -> paper.feedback = paper.score >= 50 ? "pass: well done" : "resit: see the notes").fork();
            }
        }
    }

    public static void main(String[] args) {
        ForkJoinPool pool = new ForkJoinPool(3);
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            papers.add(new Paper("student-" + "x".repeat(i)));
        }
        pool.invoke(new GradeAll(papers));
        if (!pool.awaitQuiescence(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("feedback still being written");
        }
        int passed = 0;
        for (Paper paper : papers) {
            passed += paper.feedback.startsWith("pass") ? 1 : 0;
        }
        pool.shutdown();
        System.out.println(passed + " of " + papers.size() + " passed");
    }
}
