package io.inversionpicks.catalog.load;

import java.util.ArrayList;
import java.util.List;

/**
 * A field's path inside one file, kept as elements so it can be shown the way editors read it
 * ({@code offers[0].url}) and looked up in the file's {@link YamlDocument#position position index}.
 */
public record FieldPath(List<Object> elements) {

    public static final FieldPath ROOT = new FieldPath(List.of());

    public FieldPath {
        elements = List.copyOf(elements);
    }

    public static FieldPath of(Object... elements) {
        return new FieldPath(List.of(elements));
    }

    public FieldPath child(String name) {
        return append(name);
    }

    public FieldPath index(int index) {
        return append(index);
    }

    private FieldPath append(Object element) {
        List<Object> next = new ArrayList<>(elements);
        next.add(element);
        return new FieldPath(next);
    }

    /** {@code offers[0].url}; the empty string for the document itself. */
    public String dotted() {
        StringBuilder out = new StringBuilder();
        for (Object element : elements) {
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return dotted();
    }
}
