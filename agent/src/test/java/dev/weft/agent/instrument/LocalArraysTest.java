package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.bytebuddy.utility.OpenedClassReader;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

class LocalArraysTest {

    /** The methods analysed: each accesses elements, of arrays it makes itself or not. */
    @SuppressWarnings("unused")
    static final class Fixtures {
        static int[] shared = new int[4];
        static String[] sharedNames = new String[4];
        static Object kept;
        int[] field = new int[4];

        static int filledAndSummed(int n) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            int sum = 0;
            for (int i = 0; i < a.length; i++) {
                sum += a[i];
            }
            return sum;
        }

        static int[] returned() {
            int[] a = new int[2];
            a[0] = 1;
            return a;
        }

        void storedInField() {
            int[] a = new int[2];
            a[0] = 1;
            field = a;
        }

        static void storedInStatic() {
            int[] a = new int[2];
            a[0] = 1;
            kept = a;
        }

        static void storedInAnotherArray() {
            Object[] outer = new Object[1];
            int[] inner = new int[1];
            inner[0] = 1;
            outer[0] = inner;
        }

        void passedToAMethod() {
            int[] a = new int[2];
            a[0] = 1;
            keep(a);
        }

        void keep(int[] a) {
            field = a;
        }

        static int capturedByALambda() {
            int[] a = new int[1];
            a[0] = 1;
            Runnable r = () -> a[0]++;
            r.run();
            return 0;
        }

        static void thrown() {
            Object[] a = new Object[1];
            a[0] = "x";
            throw new IllegalStateException(String.valueOf(a.length), null) {
                final Object[] held = a;
            };
        }

        static int sometimesShared(boolean fresh) {
            int[] a = fresh ? new int[1] : shared;
            a[0] = 1;
            return a[0];
        }

        static int parameter(int[] a) {
            return a[0];
        }

        static int copiedAndSorted(int[] from) {
            int[] a = new int[from.length];
            System.arraycopy(from, 0, a, 0, a.length);
            Arrays.sort(a);
            return a[0];
        }

        static Object[] filledWithAnArray() {
            Object[] outer = new Object[1];
            Object[] inner = new Object[1];
            Arrays.fill(outer, inner);
            inner[0] = "x";
            return null;
        }

        static String readByAStaticHelper() {
            Object[] a = new Object[2];
            a[0] = "x";
            a[1] = "y";
            return describe(a);
        }

        static String describe(Object[] values) {
            return values.length == 0 ? "" : String.valueOf(values.clone()[0]) + count(values);
        }

        private static int count(Object[] values) {
            return values.length;
        }

        static void keptByAStaticHelper() {
            int[] a = new int[1];
            a[0] = 1;
            remember(a);
        }

        static void remember(int[] a) {
            kept = a;
        }

        static int copiesKeptLocal(int[] from, String text) {
            int[] copy = Arrays.copyOf(from, 4);
            copy[0] = 1;
            int[] range = Arrays.copyOfRange(from, 0, 2);
            range[1] = 2;
            int[] clone = from.clone();
            clone[0] = 3;
            char[] chars = text.toCharArray();
            byte[] bytes = text.getBytes();
            return copy[1] + range[0] + clone[1] + chars[0] + bytes[0];
        }

        static Object toArraysKeptLocal(List<String> list) {
            Object[] all = list.toArray();
            String[] into = list.toArray(new String[0]);
            return all[0] + into[0];
        }

        static int[] cloneReturned(int[] from) {
            int[] clone = from.clone();
            clone[0] = 1;
            return clone;
        }

        void copyStoredInField(int[] from) {
            int[] copy = Arrays.copyOfRange(from, 0, 2);
            copy[0] = 1;
            field = copy;
        }

        void clonePassedToAMethod(int[] from) {
            int[] clone = from.clone();
            clone[0] = 1;
            keep(clone);
        }

        static String toArrayIntoASharedArray(List<String> list) {
            String[] names = list.toArray(sharedNames);
            return names[0];
        }

        static String toArrayIntoAnArrayThatLeft(List<String> list) {
            String[] buffer = new String[4];
            kept = buffer;
            String[] names = list.toArray(buffer);
            return names[0];
        }

        static String toArrayByAGenerator(List<String> list) {
            String[] names = list.toArray(String[]::new);
            return names[0];
        }

        static int copyOfAnotherClass(int[] from) {
            int[] copy = copyOf(from);
            return copy[0];
        }

        static int[] copyOf(int[] from) {
            return from;
        }

        static int multiDimensional() {
            int[][] grid = new int[2][2];
            grid[0][1] = 3;
            return grid[0][1];
        }
    }

    /** For each method of {@link Fixtures}, one letter per element access in code order: L unhooked (local), H hooked. */
    private static Map<String, String> accessesOf(LocalArrays.Callees callees) throws IOException {
        byte[] classFile;
        try (InputStream in = Fixtures.class.getResourceAsStream("LocalArraysTest$Fixtures.class")) {
            classFile = in.readAllBytes();
        }
        LocalArrays local = LocalArrays.of(OpenedClassReader.of(classFile), classFile, callees);
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        Map<String, String> result = new HashMap<>();
        for (MethodNode method : node.methods) {
            LocalArrays.Accesses accesses = local.of(method.name, method.desc);
            StringBuilder letters = new StringBuilder();
            for (AbstractInsnNode insn : method.instructions) {
                int op = insn.getOpcode();
                if (op >= Opcodes.IALOAD && op <= Opcodes.SALOAD || op >= Opcodes.IASTORE && op <= Opcodes.SASTORE) {
                    letters.append(accesses.nextIsLocal() ? 'L' : 'H');
                }
            }
            result.put(method.name, letters.toString());
        }
        return result;
    }

    private static Map<String, String> accessesOf() throws IOException {
        return accessesOf(new StaticCallees(LocalArraysTest.class.getClassLoader(), new ConcurrentHashMap<>()));
    }

    @Test
    void anArrayMadeAndUsedOnlyThroughItsLocalIsNotHooked() throws IOException {
        assertEquals("LL", accessesOf().get("filledAndSummed"));
    }

    @Test
    void anArrayThatLeavesTheMethodKeepsItsHooks() throws IOException {
        Map<String, String> accesses = accessesOf();
        assertEquals("H", accesses.get("returned"));
        assertEquals("H", accesses.get("storedInField"));
        assertEquals("H", accesses.get("storedInStatic"));
        assertEquals("H", accesses.get("passedToAMethod"));
        assertEquals("H", accesses.get("capturedByALambda"));
        assertEquals("H", accesses.get("thrown"));
        assertEquals("H", accesses.get("keptByAStaticHelper"));
    }

    @Test
    void anArrayStoredIntoALocalArrayLeavesWithIt() throws IOException {
        // the inner array's store is hooked; the outer array's element store is its own, local
        assertEquals("HL", accessesOf().get("storedInAnotherArray"));
        // Arrays.fill stores its object argument into the array's elements
        assertEquals("H", accessesOf().get("filledWithAnArray"));
    }

    @Test
    void anAccessThatMayReachAnotherArrayIsHooked() throws IOException {
        Map<String, String> accesses = accessesOf();
        assertEquals("HH", accesses.get("sometimesShared"));
        assertEquals("H", accesses.get("parameter"));
    }

    @Test
    void jdkCallsThatOnlyCopyOrSortDoNotLetTheArrayOut() throws IOException {
        assertEquals("L", accessesOf().get("copiedAndSorted"));
    }

    @Test
    void aStaticHelperThatOnlyReadsItsArgumentKeepsItInOnlyWhenItsCodeIsRead() throws IOException {
        assertEquals("LL", accessesOf().get("readByAStaticHelper"));
        assertEquals("HH", accessesOf(LocalArrays.Callees.NONE).get("readByAStaticHelper"));
        // the helper's only access is to its parameter's clone, its own
        assertEquals("L", accessesOf().get("describe"));
    }

    @Test
    void theNewArraysOfJdkCopiesThatStayInTheMethodAreNotHooked() throws IOException {
        assertEquals("LLLLLLLL", accessesOf().get("copiesKeptLocal"));
        assertEquals("LL", accessesOf().get("toArraysKeptLocal"));
    }

    @Test
    void aCopyThatLeavesTheMethodOrMayBeAnotherArrayKeepsItsHooks() throws IOException {
        Map<String, String> accesses = accessesOf();
        assertEquals("H", accesses.get("cloneReturned"));
        assertEquals("H", accesses.get("copyStoredInField"));
        assertEquals("H", accesses.get("clonePassedToAMethod"));
        // toArray(a) returns a itself when the contents fit
        assertEquals("H", accesses.get("toArrayIntoASharedArray"));
        assertEquals("H", accesses.get("toArrayIntoAnArrayThatLeft"));
        // a generator may return any array; a method named copyOf of another class any array
        assertEquals("H", accesses.get("toArrayByAGenerator"));
        assertEquals("H", accesses.get("copyOfAnotherClass"));
    }

    @Test
    void theInnerArraysOfAMultiDimensionalArrayAreElementsAndKeepTheirHooks() throws IOException {
        // grid[0] loads are local, the inner array's store and load are not
        assertEquals("LHLH", accessesOf().get("multiDimensional"));
    }
}
