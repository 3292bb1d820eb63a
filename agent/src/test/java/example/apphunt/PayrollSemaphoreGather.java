package example.apphunt;

import java.util.concurrent.Semaphore;

/**
 * A payroll run computes each department's payslips in a thread of its own; a department releases one permit of a
 * semaphore that starts at zero when its totals (plain fields) are done, and the payroll office waits for all of
 * them at once with {@code acquire(departments)} before it sums the totals. A second semaphore of one permit guards
 * the shared bank file the departments append to.
 */
// weft: expect none
public final class PayrollSemaphoreGather {

    static final class Department {
        final String name;
        final int staff;
        long gross;
        long tax;

        Department(String name, int staff) {
            this.name = name;
            this.staff = staff;
        }
    }

    static final class BankFile {
        final StringBuilder lines = new StringBuilder();
        int transfers;
    }

    public static void main(String[] args) throws InterruptedException {
        Department[] departments = {new Department("sales", 40), new Department("support", 25),
                new Department("engineering", 60), new Department("finance", 12)};
        Semaphore done = new Semaphore(0);
        Semaphore fileLock = new Semaphore(1);
        BankFile bank = new BankFile();
        for (Department department : departments) {
            new Thread(() -> {
                try {
                    for (int employee = 0; employee < department.staff; employee++) {
                        long salary = 3_000 + (employee * 37L) % 2_500;
                        department.gross += salary;
                        department.tax += salary / 4;
                        fileLock.acquire();
                        try {
                            bank.lines.append(department.name).append(';').append(salary - salary / 4).append('\n');
                            bank.transfers++;
                        } finally {
                            fileLock.release();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.release();
                }
            }, "payroll-" + department.name).start();
        }
        done.acquire(departments.length);
        long gross = 0;
        long tax = 0;
        for (Department department : departments) {
            gross += department.gross;
            tax += department.tax;
        }
        System.out.println(bank.transfers + " transfers, " + bank.lines.length() + " chars, gross " + gross + ", tax " + tax);
    }
}
