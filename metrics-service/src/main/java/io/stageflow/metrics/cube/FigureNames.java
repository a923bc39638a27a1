package io.stageflow.metrics.cube;

/**
 * Figure names become MongoDB field names, so they may not be empty, start with {@code $} or
 * contain a dot. Names built from stage names (free text in any language) go through {@link #of}.
 */
public final class FigureNames {
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

    static String require(String name) {
        if (name == null || name.isEmpty() || name.startsWith("$") || name.indexOf('.') >= 0) {
            throw new IllegalArgumentException("not a figure name: '" + name + "'");
        }
        return name;
    }
}
