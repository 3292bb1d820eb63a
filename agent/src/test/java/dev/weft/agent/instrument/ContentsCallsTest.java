package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.HandOffCalls;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentsCallsTest {

    @Test
    void classifiesTheMutatorsAsWrites() {
        for (String name : List.of("add", "addAll", "addFirst", "put", "putIfAbsent", "putAll", "remove", "removeIf",
                "clear", "set", "sort", "replaceAll", "compute", "computeIfAbsent", "merge", "offer", "offerLast", "poll",
                "pollFirst", "push", "pop", "retainAll", "append", "insert", "delete", "deleteCharAt", "setLength",
                "reverse", "flip", "and", "xor")) {
            assertEquals(HandOffCalls.CONTENTS_WRITE, ContentsCalls.of("java/util/List", name, "()V"), name);
        }
    }

    @Test
    void classifiesEverythingElseAsReads() {
        for (String name : List.of("get", "getOrDefault", "contains", "containsKey", "size", "isEmpty", "iterator",
                "forEach", "stream", "toArray", "toString", "equals", "hashCode", "keySet", "values", "entrySet",
                "subList", "peek", "first", "firstKey", "charAt", "length", "indexOf", "cardinality", "clone")) {
            assertEquals(HandOffCalls.CONTENTS_READ, ContentsCalls.of("java/util/List", name, "()V"), name);
        }
    }

    @Test
    void classifiesTheCallsThatChangeTheJdksOtherNonThreadSafeObjectsAsWrites() {
        for (String call : List.of("java/text/SimpleDateFormat.format", "java/text/DateFormat.parse", "java/text/NumberFormat.format",
                "java/text/DecimalFormat.applyPattern", "java/util/Calendar.setTime", "java/util/Calendar.add",
                "java/util/regex/Matcher.find", "java/util/regex/Matcher.reset", "java/util/regex/Matcher.region",
                "java/security/MessageDigest.digest", "java/util/zip/Checksum.update", "java/util/Formatter.format",
                "java/util/Scanner.hasNextLine", "java/util/Scanner.nextInt")) {
            String[] parts = call.split("\\.");
            assertTrue(ContentsCalls.mayReach(parts[0]), call);
            assertEquals(HandOffCalls.CONTENTS_WRITE, ContentsCalls.of(parts[0], parts[1], "()V"), call);
        }
        for (String call : List.of("java/text/SimpleDateFormat.toPattern", "java/util/Calendar.getTime", "java/util/Calendar.get",
                "java/util/regex/Matcher.group", "java/util/regex/Matcher.regionStart", "java/security/MessageDigest.getAlgorithm",
                "java/util/zip/CRC32.getValue", "java/util/Formatter.toString", "java/util/Scanner.delimiter")) {
            String[] parts = call.split("\\.");
            assertEquals(HandOffCalls.CONTENTS_READ, ContentsCalls.of(parts[0], parts[1], "()V"), call);
        }
        assertFalse(ContentsCalls.mayReach("java/util/zip/Deflater"));
    }

    @Test
    void leavesTheFinalMethodsOfObjectAlone() {
        for (String name : List.of("getClass", "wait", "notify", "notifyAll", "<init>")) {
            assertEquals(0, ContentsCalls.of("java/util/List", name, "()V"), name);
        }
    }

    @Test
    void classifiesIteratorMutatorsAsWritesHooksNextAndChecksOnlySetValueOfAnEntry() {
        assertEquals(HandOffCalls.CONTENTS_READ, ContentsCalls.of("java/util/Iterator", "next", "()V"));
        assertEquals(0, ContentsCalls.of("java/util/Iterator", "hasNext", "()V"));
        for (String name : List.of("remove", "set", "add")) {
            assertEquals(HandOffCalls.CONTENTS_WRITE, ContentsCalls.of("java/util/ListIterator", name, "()V"), name);
        }
        assertEquals(HandOffCalls.CONTENTS_WRITE, ContentsCalls.of("java/util/Map$Entry", "setValue", "()V"));
        assertEquals(0, ContentsCalls.of("java/util/Map$Entry", "getValue", "()V"));
    }

    @Test
    void aBuffersRelativeCallsMoveItsPositionAndItsAbsoluteOnesReadIt() {
        for (String call : List.of("java/nio/ByteBuffer.get()B", "java/nio/ByteBuffer.getInt()I", "java/nio/ByteBuffer.put(B)Ljava/nio/ByteBuffer;",
                "java/nio/IntBuffer.put(I)Ljava/nio/IntBuffer;", "java/nio/ByteBuffer.get([B)Ljava/nio/ByteBuffer;",
                "java/nio/ByteBuffer.putLong(J)Ljava/nio/ByteBuffer;", "java/nio/Buffer.flip()Ljava/nio/Buffer;",
                "java/nio/ByteBuffer.position(I)Ljava/nio/ByteBuffer;", "java/nio/CharBuffer.put(Ljava/lang/String;)Ljava/nio/CharBuffer;")) {
            assertEquals(HandOffCalls.CONTENTS_WRITE, ofCall(call), call);
        }
        for (String call : List.of("java/nio/ByteBuffer.get(I)B", "java/nio/ByteBuffer.getInt(I)I", "java/nio/IntBuffer.put(II)Ljava/nio/IntBuffer;",
                "java/nio/ByteBuffer.putLong(IJ)Ljava/nio/ByteBuffer;", "java/nio/Buffer.position()I", "java/nio/Buffer.remaining()I",
                "java/nio/ByteBuffer.duplicate()Ljava/nio/ByteBuffer;", "java/nio/ByteBuffer.order()Ljava/nio/ByteOrder;")) {
            assertEquals(HandOffCalls.CONTENTS_READ, ofCall(call), call);
        }
    }

    private static int ofCall(String call) {
        int dot = call.indexOf('.');
        int parenthesis = call.indexOf('(');
        return ContentsCalls.of(call.substring(0, dot), call.substring(dot + 1, parenthesis), call.substring(parenthesis));
    }

    @Test
    void reachesCollectionsThroughTheirInterfacesAndClassesOnly() {
        for (String owner : List.of("java/util/Map", "java/util/List", "java/util/Collection", "java/lang/Iterable",
                "java/util/Deque", "java/util/HashMap", "java/util/ArrayList", "java/lang/StringBuilder", "java/util/BitSet",
                "java/util/Iterator", "java/util/ListIterator", "java/util/Map$Entry")) {
            assertTrue(ContentsCalls.mayReach(owner), owner);
        }
        for (String owner : List.of("java/util/Vector", "java/lang/StringBuffer",
                "java/util/concurrent/ConcurrentHashMap", "com/example/MyList", "java/lang/Object")) {
            assertFalse(ContentsCalls.mayReach(owner), owner);
        }
    }

    @Test
    void formattingCallsAndLoggersReadTheirArgumentsAndHashedCallsTheirKeys() {
        for (String call : List.of("java/lang/String.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;",
                "java/lang/String.formatted([Ljava/lang/Object;)Ljava/lang/String;",
                "java/io/PrintStream.printf(Ljava/lang/String;[Ljava/lang/Object;)Ljava/io/PrintStream;",
                "java/text/MessageFormat.format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;",
                "java/util/logging/Logger.log(Ljava/util/logging/Level;Ljava/lang/String;Ljava/lang/Object;)V")) {
            int dot = call.indexOf('.');
            int parenthesis = call.indexOf('(');
            assertEquals(HandOffCalls.CONTENTS_ARGUMENT,
                    ContentsCalls.ofGiven(call.substring(0, dot), call.substring(dot + 1, parenthesis), call.substring(parenthesis)), call);
        }
        assertTrue(ContentsCalls.hashesKey("java/util/Map", "get", "(Ljava/lang/Object;)Ljava/lang/Object;"));
        assertTrue(ContentsCalls.hashesKey("java/util/Set", "add", "(Ljava/lang/Object;)Z"));
        assertTrue(ContentsCalls.hashesKey("java/util/concurrent/ConcurrentHashMap", "merge",
                "(Ljava/lang/Object;Ljava/lang/Object;Ljava/util/function/BiFunction;)Ljava/lang/Object;"));
        assertFalse(ContentsCalls.hashesKey("java/util/List", "add", "(Ljava/lang/Object;)Z")); // no hashing
        assertFalse(ContentsCalls.hashesKey("java/util/IdentityHashMap", "get", "(Ljava/lang/Object;)Ljava/lang/Object;"));
        assertFalse(ContentsCalls.hashesKey("java/util/Map", "putAll", "(Ljava/util/Map;)V"));
    }

    @Test
    void aMatcherMadeOnATextOrResetToOneReadsIt() {
        assertEquals(HandOffCalls.CONTENTS_ARGUMENT, ContentsCalls.ofGiven("java/util/regex/Pattern", "matcher",
                "(Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;"));
        assertEquals(HandOffCalls.CONTENTS_ARGUMENT, ContentsCalls.ofGiven("java/util/regex/Matcher", "reset",
                "(Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;"));
        assertEquals(0, ContentsCalls.ofGiven("java/util/regex/Matcher", "reset", "()Ljava/util/regex/Matcher;"));
    }
}
