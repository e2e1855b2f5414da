package io.quintet.crm.product;

import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.query.HqlFragment;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.quintet.crm.platform.security.Action;
import io.quintet.crm.platform.security.Permissions;
import io.smallrye.mutiny.Uni;

/** Prices in price books: one per book, product and currency, for a product and book that exist. */
@ApplicationScoped
public class PriceBookEntryService extends RecordService<PriceBookEntry, PriceBookEntryInput, PriceBookEntryView> {

    static final QueryFields FIELDS = QueryFields.of("price_book_entry",
            QueryField.uuid("productId", "e.productId").build(),
            QueryField.string("currency", "e.currency").sortable().build(),
            QueryField.decimal("listPrice", "e.listPrice").sortable().build(),
            QueryField.bool("active", "e.active").build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.timestamp("updatedAt", "e.updatedAt").sortable().build());

    private final PriceBookService books;

    PriceBookEntryService(RecordSupport support, PriceBookService books) {
        super(support, new RecordKind<>("price_book_entry", PriceBookEntry.class, PriceBookEntryInput.class,
                PriceBookEntryView.class, FIELDS, "createdAt", PriceBookEntry::new));
        this.books = books;
    }

    /** The list scope of one book's prices. */
    static HqlFragment inBook(UUID bookId) {
        return new HqlFragment("e.priceBookId = :scopeBook", Map.of("scopeBook", bookId), Set.of());
    }

    /** A price of the book, or NOT_FOUND when the book has no such price. */
    public Uni<PriceBookEntryView> getInBook(UUID bookId, UUID id) {
        return get(id).map(entry -> {
            if (!entry.priceBookId().equals(bookId)) {
                throw ApiProblem.notFound(objectType(), id);
            }
            return entry;
        });
    }

    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, PriceBookEntryInput input, PriceBookEntry existing) {
        if (input.priceBookId() == null) {
            throw ApiProblem.invalidField("priceBookId", "priceBookId is required");
        }
        if (existing != null && !existing.priceBookId.equals(input.priceBookId())) {
            throw ApiProblem.invalidField("priceBookId", "A price stays in its price book");
        }
        return session.find(PriceBook.class, input.priceBookId())
                .invoke(book -> {
                    if (book == null) {
                        throw ApiProblem.invalidField("priceBookId", "No price book with id " + input.priceBookId());
                    }
                })
                .chain(() -> session.find(Product.class, input.productId()))
                .invoke(product -> {
                    if (product == null) {
                        throw ApiProblem.invalidField("productId", "No product with id " + input.productId());
                    }
                })
                .chain(() -> session.createSelectionQuery("select count(*) from PriceBookEntry where priceBookId = "
                        + ":book and productId = :product and currency = :currency and id <> :self", Long.class)
                        .setParameter("book", input.priceBookId())
                        .setParameter("product", input.productId())
                        .setParameter("currency", input.currency())
                        .setParameter("self", existing == null ? UUID.randomUUID() : existing.id)
                        .getSingleResult())
                .invoke(count -> {
                    if (count > 0) {
                        throw ApiProblem.conflict("The price book already has a " + input.currency()
                                + " price for this product");
                    }
                })
                .replaceWithVoid();
    }

    /** The product's active list price in the currency in the tenant's standard price book, if any. */
    public Uni<Optional<PriceBookEntry>> standardPrice(Mutiny.Session session, UUID productId, String currency) {
        return session.createSelectionQuery("select e from PriceBookEntry e, PriceBook b where b.id = e.priceBookId "
                + "and b.isStandard = true and e.productId = :product and e.currency = :currency and e.active = true",
                PriceBookEntry.class)
                .setParameter("product", productId)
                .setParameter("currency", currency)
                .getSingleResultOrNull()
                .map(Optional::ofNullable);
    }

    /** The prices of these books, in one query; for the batched {@code PriceBook.entries} field. */
    public Uni<List<PriceBookEntryView>> forBooks(Collection<UUID> bookIds) {
        Permissions.require(objectType(), Action.READ);
        if (bookIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return readVisible(session -> session.createSelectionQuery("from PriceBookEntry where priceBookId in :books "
                + "order by createdAt, id", PriceBookEntry.class)
                .setParameter("books", bookIds)
                .getResultList());
    }

    /** The book must be one the caller may read before its prices are listed or written. */
    public Uni<PriceBookView> book(UUID bookId) {
        return books.get(bookId);
    }

    @Override
    protected void apply(PriceBookEntryInput input, PriceBookEntry entry) {
        entry.priceBookId = input.priceBookId();
        entry.productId = input.productId();
        entry.currency = input.currency();
        entry.listPrice = input.listPrice().setScale(2, RoundingMode.HALF_UP);
        entry.active = !Boolean.FALSE.equals(input.active());
    }

    @Override
    protected PriceBookEntryInput toInput(PriceBookEntry entry) {
        return new PriceBookEntryInput(entry.priceBookId, entry.productId, entry.currency, entry.listPrice,
                entry.active);
    }

    @Override
    public PriceBookEntryView toView(PriceBookEntry entry) {
        return new PriceBookEntryView(entry.id, entry.priceBookId, entry.productId, entry.currency, entry.listPrice,
                entry.active, entry.createdAt, entry.updatedAt, entry.version);
    }
}
