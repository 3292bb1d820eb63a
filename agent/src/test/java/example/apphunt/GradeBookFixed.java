package example.apphunt;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A school's grade book is a list of its own ({@code AbstractList}, random access) over arrays it fills before
 * it is read: {@code parallelStream()} of it is the JDK's spliterator for such lists, which calls the book's
 * {@code get} in the common pool's workers.
 */
// weft: expect none
public final class GradeBookFixed {

    record Grade(String student, int points) { }

    static final class GradeBook extends AbstractList<Grade> implements RandomAccess {
        private final String[] students;
        private final int[] points;
        private int size;

        GradeBook(int capacity) {
            students = new String[capacity];
            points = new int[capacity];
        }

        void record(String student, int score) {
            students[size] = student;
            points[size] = score;
            size++;
        }

        @Override
        public Grade get(int index) {
            if (index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return new Grade(students[index], points[index]);
        }

        @Override
        public int size() {
            return size;
        }
    }

    public static void main(String[] args) {
        GradeBook book = new GradeBook(5_000);
        for (int i = 0; i < 5_000; i++) {
            book.record("student" + i, 40 + (i * 31) % 61);
        }
        double average = book.parallelStream().mapToInt(Grade::points).average().orElse(0);
        long passed = book.parallelStream().filter(grade -> grade.points() >= 60).count();
        System.out.printf("average %.1f, %d passed%n", average, passed);
    }
}
