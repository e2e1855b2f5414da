package io.quintet.crm.activity;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A record an activity belongs to: {@code {"object": "account", "id": "…"}}. */
@Type("ActivityLink")
@Input("ActivityLinkInput")
public record ActivityLink(@NonNull @NotNull String object, @NonNull @NotNull @Id UUID id) {
}
