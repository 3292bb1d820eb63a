package example.racehunt;

/**
 * A query keeps the varargs array it was given as its column list; the caller passed its own array and renames a column
 * in it while a worker renders the query: the same array, with no lock.
 */
// weft: expect race java.lang.String[] threads=caller,renderer
public final class QueryColumnsVarargsKept {

    static final class Query {
        private final String[] columns;

        Query(String... columns) {
            this.columns = columns;
        }

        String render() {
            return "select " + columns[0] + " from t"; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String[] columns = {"id", "name"};
        Query query = new Query(columns);
        Threads.runAll(new String[] {"caller", "renderer"}, () -> columns[0] = "uuid", () -> System.out.println(query.render())); // weft: race
    }
}
