package io.quintet.crm.platform.model;

import java.util.UUID;

import io.quintet.crm.platform.error.ApiProblem;

/** Record ids as clients write them: anything but a UUID is a VALIDATION problem naming the field. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String field, String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.invalidField(field, "'" + text + "' is not a valid id");
        }
    }
}
