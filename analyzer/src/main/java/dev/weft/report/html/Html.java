package dev.weft.report.html;

/** Escaping for text that goes into HTML or inline SVG, as element content or as a quoted attribute value. */
final class Html {

    private Html() { }

    /** {@code text} with {@code & < > " '} replaced by entities, so that it is shown as text, never parsed. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} cut to {@code max} characters, with an ellipsis when cut (before escaping). */
    static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** {@code value} with one decimal, for SVG coordinates ({@code 12.5}, {@code -3.0}); fast, and the same in every locale. */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }
}
