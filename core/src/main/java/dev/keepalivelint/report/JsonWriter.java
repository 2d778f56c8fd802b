package dev.keepalivelint.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer producing indented output. Values are escaped per RFC 8259; the writer
 * inserts commas and checks nesting so reporters cannot produce malformed JSON.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** For each open container: whether it already has a member. */
    private final Deque<boolean[]> stack = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        value();
        out.append('{');
        stack.push(new boolean[] {false});
        return this;
    }

    JsonWriter endObject() {
        close('}');
        return this;
    }

    JsonWriter beginArray() {
        value();
        out.append('[');
        stack.push(new boolean[] {false});
        return this;
    }

    JsonWriter endArray() {
        close(']');
        return this;
    }

    JsonWriter name(String name) {
        if (afterName || stack.isEmpty()) {
            throw new IllegalStateException("a name must follow an object's member");
        }
        separator();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String s) {
        value();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        return this;
    }

    JsonWriter value(long n) {
        value();
        out.append(n);
        return this;
    }

    JsonWriter value(boolean b) {
        value();
        out.append(b);
        return this;
    }

    /** name + string value; a null value writes nothing. */
    JsonWriter field(String name, String value) {
        if (value != null) {
            name(name).value(value);
        }
        return this;
    }

    JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    private void value() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!stack.isEmpty()) {
            separator();
        } else if (out.length() > 0) {
            throw new IllegalStateException("only one top-level value");
        }
    }

    private void separator() {
        boolean[] top = stack.peek();
        if (top[0]) {
            out.append(',');
        }
        top[0] = true;
        newline();
    }

    private void close(char c) {
        boolean[] top = stack.pop();
        if (top[0]) {
            newline();
        }
        out.append(c);
    }

    private void newline() {
        out.append('\n');
        for (int i = 0; i < stack.size(); i++) {
            out.append("  ");
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        if (!stack.isEmpty()) {
            throw new IllegalStateException("unclosed JSON container");
        }
        return out + "\n";
    }
}
