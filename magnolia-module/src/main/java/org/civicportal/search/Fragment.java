package org.civicportal.search;

/** A piece of a hit's title or excerpt: plain text (templates escape it), marked when it is a searched word. */
public record Fragment(String text, boolean match) {
    /** For FreeMarker, which reads bean properties rather than record accessors. */
    public String getText() {
        return text;
    }

    public boolean isMatch() {
        return match;
    }
}
