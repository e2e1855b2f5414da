package io.quintet.crm.platform.error;

/** Turns Bean Validation property paths into the JSON field paths clients wrote. */
public final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * Drops method and parameter segments of method validation ({@code create.input.email} →
     * {@code email}); a path of a validated object is already a JSON path. Container element nodes
     * ({@code tags[0].<list element>}) name the element itself: {@code tags[0]}.
     */
    public static String fromPropertyPath(String propertyPath) {
        String path = propertyPath.replaceAll("<[^>]*>", "").replaceAll("\\.+", ".").replaceAll("^\\.|\\.$", "");
        int arg = path.indexOf(".arg");
        if (arg >= 0) {
            int next = path.indexOf('.', arg + 1);
            return next < 0 ? "body" : path.substring(next + 1);
        }
        return path;
    }
}
