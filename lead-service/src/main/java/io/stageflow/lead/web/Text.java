package io.stageflow.lead.web;

/** Request strings are compared and stored trimmed, so " EMEA" and "EMEA" are one region. */
final class Text {
    private Text() {}

    static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
