package io.stageflow.kit.web;

/** Request strings are compared and stored trimmed, so " EMEA" and "EMEA" are one region. */
public final class Text {
    private Text() {}

    public static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
