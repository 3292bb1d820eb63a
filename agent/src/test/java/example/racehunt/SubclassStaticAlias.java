package example.racehunt;

/**
 * A static counter declared in the base class, bumped as {@code Base.created} by one thread and as
 * {@code Widget.created} (the same variable, named through the subclass) by the other.
 */
// weft: expect race example.racehunt.SubclassStaticAlias$Base.created threads=factory-1,factory-2
public final class SubclassStaticAlias {

    static class Base {
        static int created;
    }

    static final class Widget extends Base {
    }

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"factory-1", "factory-2"},
                () -> {
                    for (int i = 0; i < 200; i++) {
                        Base.created++; // weft: race
                    }
                },
                () -> {
                    for (int i = 0; i < 200; i++) {
                        Widget.created++; // weft: race
                    }
                });
        System.out.println("created " + Base.created);
    }
}
