package io.quintet.crm.platform.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** Free-form labels on a record: stored trimmed, without blanks or duplicates, in the order given. */
public final class Tags {

    private Tags() {
    }

    public static String[] toColumn(List<String> tags) {
        if (tags == null) {
            return new String[0];
        }
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                clean.add(tag.strip());
            }
        }
        return clean.toArray(String[]::new);
    }

    public static List<String> fromColumn(String[] column) {
        return column == null ? List.of() : Arrays.asList(column);
    }
}
