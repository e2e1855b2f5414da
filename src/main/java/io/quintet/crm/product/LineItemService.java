package io.quintet.crm.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quintet.crm.opportunity.Opportunity;
import io.quintet.crm.opportunity.OpportunityService;
import io.quintet.crm.opportunity.OpportunityView;
import io.quintet.crm.platform.audit.ChangeRecorder;
import io.quintet.crm.platform.crud.MergePatch;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.DatabaseErrors;
import io.quintet.crm.platform.error.JsonErrors;
import io.quintet.crm.platform.model.Money;
import io.quintet.crm.platform.validation.InputValidator;
import io.smallrye.mutiny.Uni;

/**
 * An opportunity's line items. Every write locks the opportunity row first, so concurrent writes to
 * one opportunity queue instead of losing each other's items, honours If-Match on the opportunity's
 * version, and sets the opportunity's amount to the items' total in the same transaction (bumping its
 * version). Reading and writing them takes the right to read or update the opportunity.
 */
@ApplicationScoped
public class LineItemService {

    static final String OBJECT_TYPE = "line_item";

    /** Most line items one opportunity holds; its list is answered in one piece. */
    static final int MAX_PER_OPPORTUNITY = 200;

    private final OpportunityService opportunities;
    private final PriceBookEntryService prices;
    private final ChangeRecorder changes;
    private final InputValidator validator;
    private final ObjectMapper json;
    private final RecordSupport support;

    LineItemService(OpportunityService opportunities, PriceBookEntryService prices, RecordSupport support) {
        this.opportunities = opportunities;
        this.prices = prices;
        this.changes = support.changes();
        this.validator = support.validator();
        this.json = support.json();
        this.support = support;
    }

    /** A line-item write's outcome: the item (as it was, for a removal) and the opportunity after it. */
    public record Change(LineItemView item, OpportunityView opportunity) {
    }

    /** The opportunity's line items, oldest first. */
    public Uni<List<LineItemView>> list(UUID opportunityId) {
        return opportunities.get(opportunityId).chain(opportunity -> forOpportunities(List.of(opportunity)))
                .map(byOpportunity -> byOpportunity.values().iterator().next());
    }

    /** The line items of opportunities the caller has been shown, in one query; for batch resolvers. */
    public Uni<Map<UUID, List<LineItemView>>> forOpportunities(Collection<OpportunityView> shown) {
        Map<UUID, List<LineItemView>> byOpportunity = new LinkedHashMap<>();
        Map<UUID, String> currencies = new LinkedHashMap<>();
        shown.forEach(opportunity -> {
            byOpportunity.put(opportunity.id(), new ArrayList<>());
            currencies.put(opportunity.id(), opportunity.amount() == null ? null : opportunity.amount().currency());
        });
        if (shown.isEmpty()) {
            return Uni.createFrom().item(byOpportunity);
        }
        return support.read(session -> session.createSelectionQuery("from LineItem where opportunityId in "
                + ":ids order by createdAt, id", LineItem.class)
                .setParameter("ids", byOpportunity.keySet()).getResultList())
                .map(items -> {
                    items.forEach(item -> byOpportunity.get(item.opportunityId)
                            .add(view(item, currencies.get(item.opportunityId))));
                    return byOpportunity;
                });
    }

    public Uni<Change> add(UUID opportunityId, LineItemInput input, Long expectedVersion) {
        requireBody(input);
        return inTransaction(session -> opportunities.lockForUpdate(session, opportunityId, expectedVersion)
                .invoke(() -> validator.validate(input))
                .chain(opportunity -> count(session, opportunityId).chain(count -> {
                    if (count >= MAX_PER_OPPORTUNITY) {
                        throw ApiProblem.conflict("An opportunity holds at most " + MAX_PER_OPPORTUNITY
                                + " line items");
                    }
                    LineItem item = new LineItem();
                    item.opportunityId = opportunityId;
                    return write(session, opportunity, item, input, ChangeRecorder.Action.CREATED, null);
                })));
    }

    /** Changes a line item with a JSON Merge Patch of its input fields. */
    public Uni<Change> update(UUID opportunityId, UUID itemId, JsonNode patch, Long expectedVersion) {
        if (patch == null || !patch.isObject()) {
            throw ApiProblem.validation("A merge patch must be a JSON object", List.of());
        }
        return inTransaction(session -> opportunities.lockForUpdate(session, opportunityId, expectedVersion)
                .chain(opportunity -> find(session, opportunityId, itemId).chain(item -> {
                    String currency = opportunity.amountCurrency;
                    JsonNode before = json.valueToTree(view(item, currency));
                    LineItemInput current = new LineItemInput(item.productId, item.quantity,
                            new Money(item.unitPrice, currency), item.discount, item.description);
                    LineItemInput changed = readInput(MergePatch.apply(json.valueToTree(current), patch));
                    validator.validate(changed);
                    return write(session, opportunity, item, changed, ChangeRecorder.Action.UPDATED, before);
                })));
    }

    public Uni<Change> remove(UUID opportunityId, UUID itemId, Long expectedVersion) {
        return inTransaction(session -> opportunities.lockForUpdate(session, opportunityId, expectedVersion)
                .chain(opportunity -> find(session, opportunityId, itemId).chain(item -> {
                    LineItemView removed = view(item, opportunity.amountCurrency);
                    return session.remove(item).chain(session::flush)
                            .chain(() -> changes.record(session, OBJECT_TYPE, item.id, ChangeRecorder.Action.DELETED,
                                    json.valueToTree(removed), null))
                            .chain(() -> rollUp(session, opportunity, opportunity.amountCurrency))
                            .map(view -> new Change(removed, view));
                })));
    }

    private Uni<Change> write(Mutiny.Session session, Opportunity opportunity, LineItem item, LineItemInput input,
            ChangeRecorder.Action action, JsonNode before) {
        String currency = currency(opportunity, input);
        return session.find(Product.class, input.productId()).chain(product -> {
            if (product == null) {
                throw ApiProblem.invalidField("productId", "No product with id " + input.productId());
            }
            if (!product.active && !input.productId().equals(item.productId)) {
                throw ApiProblem.invalidField("productId", "The product " + product.sku + " is not active");
            }
            return unitPrice(session, input, currency);
        }).chain(unitPrice -> {
            item.productId = input.productId();
            item.quantity = input.quantity().setScale(4, RoundingMode.UNNECESSARY);
            item.unitPrice = unitPrice.setScale(2, RoundingMode.UNNECESSARY);
            item.discount = (input.discount() == null ? BigDecimal.ZERO : input.discount())
                    .setScale(2, RoundingMode.UNNECESSARY);
            item.total = item.quantity.multiply(item.unitPrice)
                    .multiply(BigDecimal.valueOf(100).subtract(item.discount))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            item.description = input.description();
            Uni<Void> persisted = action == ChangeRecorder.Action.CREATED ? session.persist(item)
                    : Uni.createFrom().voidItem();
            return persisted.chain(session::flush)
                    .chain(() -> changes.record(session, OBJECT_TYPE, item.id, action, before,
                            json.valueToTree(view(item, currency))))
                    .chain(() -> rollUp(session, opportunity, currency))
                    .map(view -> new Change(view(item, currency), view));
        });
    }

    /**
     * The items' currency: the opportunity's; an opportunity without an amount yet takes the currency
     * of the first item's unit price.
     */
    private static String currency(Opportunity opportunity, LineItemInput input) {
        String given = input.unitPrice() == null ? null : input.unitPrice().currency();
        if (opportunity.amountCurrency == null) {
            if (given == null) {
                throw ApiProblem.invalidField("unitPrice", "The opportunity has no currency yet: give a unitPrice "
                        + "with one, or an amount to the opportunity");
            }
            return given;
        }
        if (given != null && !given.equals(opportunity.amountCurrency)) {
            throw ApiProblem.invalidField("unitPrice.currency", "Line items are in the opportunity's currency, "
                    + opportunity.amountCurrency);
        }
        return opportunity.amountCurrency;
    }

    private Uni<BigDecimal> unitPrice(Mutiny.Session session, LineItemInput input, String currency) {
        if (input.unitPrice() != null) {
            return Uni.createFrom().item(input.unitPrice().amount());
        }
        return prices.standardPrice(session, input.productId(), currency).map(price -> price
                .map(entry -> entry.listPrice)
                .orElseThrow(() -> ApiProblem.invalidField("unitPrice", "The standard price book has no active "
                        + currency + " price for this product: give a unitPrice")));
    }

    private Uni<OpportunityView> rollUp(Mutiny.Session session, Opportunity opportunity, String currency) {
        return session.createSelectionQuery("select count(*), coalesce(sum(total), 0) from LineItem "
                + "where opportunityId = :id", Object[].class)
                .setParameter("id", opportunity.id)
                .getSingleResult()
                .chain(row -> opportunities.rollUp(session, opportunity,
                        ((Number) row[0]).longValue() == 0 ? null : new Money((BigDecimal) row[1], currency)));
    }

    private static Uni<Long> count(Mutiny.Session session, UUID opportunityId) {
        return session.createSelectionQuery("select count(*) from LineItem where opportunityId = :id", Long.class)
                .setParameter("id", opportunityId)
                .getSingleResult();
    }

    private static Uni<LineItem> find(Mutiny.Session session, UUID opportunityId, UUID itemId) {
        return session.find(LineItem.class, itemId).map(item -> {
            if (item == null || !item.opportunityId.equals(opportunityId)) {
                throw ApiProblem.notFound("line item", itemId);
            }
            return item;
        });
    }

    static LineItemView view(LineItem item, String currency) {
        return new LineItemView(item.id, item.opportunityId, item.productId, item.quantity,
                new Money(item.unitPrice, currency), item.discount, new Money(item.total, currency),
                item.description, item.createdAt, item.updatedAt, item.version);
    }

    private LineItemInput readInput(JsonNode node) {
        try {
            return json.treeToValue(node, LineItemInput.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.toProblem(e);
        }
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ApiProblem.validation("A JSON request body is required", List.of());
        }
    }

    private static <T> Uni<T> inTransaction(Function<Mutiny.Session, Uni<T>> work) {
        return Panache.withTransaction(() -> Panache.getSession().chain(work::apply))
                .onFailure().transform(DatabaseErrors::asClientError);
    }
}
