package io.stageflow.metrics.cube;

import java.util.ArrayList;
import java.util.List;

/**
 * Figure names become MongoDB field names, so they may not be empty, start with {@code $} or
 * contain a dot. Names built from stage names (free text in any language) go through {@link #of}.
 */
public final class FigureNames {
    private static final char PART_SEPARATOR = '|';
    private static final String ESCAPED = "%|.$\u0000";

    private FigureNames() {}

    /** {@code prefix:part}, with the part's dots and a leading {@code $} made harmless. */
    public static String of(String prefix, String part) {
        return prefix + ":" + part.replace('.', '\u2024').replace('$', '\uff04');
    }

    /** The part {@link #of} made from {@code prefix}, restored; null when the name has another prefix. */
    public static String partOf(String prefix, String name) {
        String start = prefix + ":";
        if (!name.startsWith(start)) {
            return null;
        }
        return name.substring(start.length()).replace('\u2024', '.').replace('\uff04', '$');
    }

    /**
     * {@code prefix:part|part|…} for names made of several free-text parts. Each part is
     * percent-escaped ({@code %}, {@code |}, {@code .}, {@code $} and NUL), so a part may contain any
     * of them, the separator included, and {@link #partsOf} gives every part back exactly.
     */
    public static String ofParts(String prefix, List<String> parts) {
        StringBuilder name = new StringBuilder(prefix).append(':');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                name.append(PART_SEPARATOR);
            }
            escape(parts.get(i), name);
        }
        return name.toString();
    }

    /** The parts {@link #ofParts} joined under {@code prefix}; null when the name has another prefix. */
    public static List<String> partsOf(String prefix, String name) {
        String start = prefix + ":";
        if (!name.startsWith(start)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = start.length(); i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == PART_SEPARATOR) {
                parts.add(part.toString());
                part.setLength(0);
            } else if (c == '%') {
                part.append((char) Integer.parseInt(name.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static void escape(String part, StringBuilder into) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (ESCAPED.indexOf(c) >= 0) {
                into.append('%').append(String.format("%02X", (int) c));
            } else {
                into.append(c);
            }
        }
    }

    static String require(String name) {
        if (name == null || name.isEmpty() || name.startsWith("$") || name.indexOf('.') >= 0) {
            throw new IllegalArgumentException("not a figure name: '" + name + "'");
        }
        return name;
    }
}
