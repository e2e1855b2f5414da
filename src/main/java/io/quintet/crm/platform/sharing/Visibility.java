package io.quintet.crm.platform.sharing;

import java.util.Set;
import java.util.UUID;

/**
 * Which owned records of one object type the caller may read and change. {@code owners} is the
 * owner's side: the caller and everyone in the teams they manage, down the team tree.
 */
public record Visibility(boolean readsAll, boolean writesAll, Set<UUID> owners) {

    public static final Visibility EVERYTHING = new Visibility(true, true, Set.of());

    public boolean canRead(UUID ownerId) {
        return readsAll || (ownerId != null && owners.contains(ownerId));
    }

    public boolean canWrite(UUID ownerId) {
        return writesAll || (ownerId != null && owners.contains(ownerId));
    }
}
