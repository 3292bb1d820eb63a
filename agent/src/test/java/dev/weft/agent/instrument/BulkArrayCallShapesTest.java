package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.ArrayCalls;
import org.junit.jupiter.api.Test;

/** Which {@link ArrayCalls} shape {@link BulkArrayCallVisitor} gives the calls added in the twenty-second session. */
class BulkArrayCallShapesTest {

    private static final String ARRAYS = "java/util/Arrays";

    @Test
    void mismatchAndCompareOfTwoArraysOrTwoRangesReportAfterTheCall() {
        assertEquals(ArrayCalls.MISMATCHED, BulkArrayCallVisitor.shapeOf(ARRAYS, "mismatch", "([I[I)I"));
        assertEquals(ArrayCalls.MISMATCHED, BulkArrayCallVisitor.shapeOf(ARRAYS, "mismatch", "([BII[BII)I"));
        assertEquals(ArrayCalls.MISMATCHED, BulkArrayCallVisitor.shapeOf(ARRAYS, "mismatch",
                "([Ljava/lang/Object;[Ljava/lang/Object;Ljava/util/Comparator;)I"));
        assertEquals(ArrayCalls.COMPARED, BulkArrayCallVisitor.shapeOf(ARRAYS, "compare", "([J[J)I"));
        assertEquals(ArrayCalls.COMPARED, BulkArrayCallVisitor.shapeOf(ARRAYS, "compareUnsigned", "([SII[SII)I"));
        assertEquals(0, BulkArrayCallVisitor.shapeOf("java/lang/Integer", "compare", "(II)I"));
    }

    @Test
    void deepCallsReadNestedArrays() {
        assertEquals(ArrayCalls.DEEP_READ, BulkArrayCallVisitor.shapeOf(ARRAYS, "deepToString", "([Ljava/lang/Object;)Ljava/lang/String;"));
        assertEquals(ArrayCalls.DEEP_READ, BulkArrayCallVisitor.shapeOf(ARRAYS, "deepHashCode", "([Ljava/lang/Object;)I"));
        assertEquals(ArrayCalls.DEEP_EQUALS, BulkArrayCallVisitor.shapeOf(ARRAYS, "deepEquals", "([Ljava/lang/Object;[Ljava/lang/Object;)Z"));
    }

    @Test
    void byteReadsOfInputStreamsAndCharBufferToStringAreChecked() {
        assertEquals(ArrayCalls.BYTE_READ, BulkArrayCallVisitor.instanceShapeOf("java/io/InputStream", "read", "()I"));
        assertEquals(ArrayCalls.BYTE_READ, BulkArrayCallVisitor.instanceShapeOf("java/io/ByteArrayInputStream", "read", "()I"));
        assertEquals(0, BulkArrayCallVisitor.instanceShapeOf("java/io/Reader", "read", "()I"));
        assertEquals(ArrayCalls.READ_INTO, BulkArrayCallVisitor.instanceShapeOf("java/io/InputStream", "read", "([BII)I"));
        assertEquals(ArrayCalls.BUFFER_REMAINING, BulkArrayCallVisitor.instanceShapeOf("java/nio/CharBuffer", "toString", "()Ljava/lang/String;"));
        assertEquals(0, BulkArrayCallVisitor.instanceShapeOf("java/nio/ByteBuffer", "toString", "()Ljava/lang/String;"));
    }
}
