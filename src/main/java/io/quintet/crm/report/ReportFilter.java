package io.quintet.crm.report;

import java.util.UUID;

/**
 * What a report narrows its records to, besides what the caller may read: one pipeline, one owner, the people of
 * one team (its manager, its members and, down the tree, the teams its members manage). Null means no narrowing.
 */
public record ReportFilter(UUID pipelineId, UUID ownerId, UUID teamId) {
}
