package io.quintet.crm.platform.timeline;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One field's change as the audit log holds it. The values are JSON: REST writes them as they are,
 * GraphQL as their JSON text (a string value keeps its quotes).
 */
@Type("FieldChange")
@Description("A field's value before and after, each as JSON text")
public record FieldChange(@NonNull String field, @JsonRawValue String from, @JsonRawValue String to) {
}
