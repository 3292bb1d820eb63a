package example.racehunt;

/** The twin of {@link QueryColumnsVarargsKept}: the query keeps a copy of the array it was given. */
// weft: expect none
public final class QueryColumnsVarargsCopied {

    static final class Query {
        private final String[] columns;

        Query(String... columns) {
            this.columns = columns.clone();
        }

        String render() {
            return "select " + columns[0] + " from t";
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String[] columns = {"id", "name"};
        Query query = new Query(columns);
        Threads.runAll(new String[] {"caller", "renderer"}, () -> columns[0] = "uuid", () -> System.out.println(query.render()));
    }
}
