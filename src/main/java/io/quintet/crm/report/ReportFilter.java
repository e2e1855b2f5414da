package io.quintet.crm.report;

import java.util.UUID;

import io.quintet.crm.platform.model.Ids;

/**
 * What a report narrows its records to, besides what the caller may read: one pipeline, one owner, the people of
 * one team (its manager, its members and, down the tree, the teams its members manage). Null means no narrowing.
 */
public record ReportFilter(UUID pipelineId, UUID ownerId, UUID teamId) {

    /** An optional id argument: null when absent or blank, a VALIDATION problem naming it when not a UUID. */
    static UUID id(String parameter, String text) {
        return text == null || text.isBlank() ? null : Ids.parse(parameter, text.strip());
    }
}
