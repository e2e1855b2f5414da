package io.quintet.crm.product;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.crud.ListQuery;
import io.quintet.crm.platform.crud.Page;
import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.query.HqlFragment;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.smallrye.mutiny.Uni;

/** Price books; the standard one exists in every tenant and stays; one with prices is kept. */
@ApplicationScoped
public class PriceBookService extends RecordService<PriceBook, PriceBookInput, PriceBookView> {

    static final QueryFields FIELDS = QueryFields.of("price_book",
            QueryField.string("name", "e.name").sortable().build(),
            QueryField.bool("isStandard", "e.isStandard").build(),
            QueryField.bool("active", "e.active").build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.timestamp("updatedAt", "e.updatedAt").sortable().build());

    private final StandardPriceBook standard;

    PriceBookService(RecordSupport support, StandardPriceBook standard) {
        super(support, new RecordKind<>("price_book", PriceBook.class, PriceBookInput.class, PriceBookView.class,
                FIELDS, "name", PriceBook::new));
        this.standard = standard;
    }

    @Override
    public Uni<PriceBookView> get(UUID id) {
        return standard.ensure().chain(() -> super.get(id));
    }

    @Override
    public Uni<Page<PriceBookView>> list(ListQuery query, HqlFragment scope) {
        return standard.ensure().chain(() -> super.list(query, scope));
    }

    @Override
    protected <T> Uni<T> inTransaction(Function<Mutiny.Session, Uni<T>> work) {
        return standard.ensure().chain(() -> super.inTransaction(work));
    }

    @Override
    protected Uni<Void> beforeDelete(Mutiny.Session session, PriceBook book, DeleteOptions options) {
        if (book.isStandard) {
            throw ApiProblem.conflict("The standard price book cannot be deleted");
        }
        return session.createSelectionQuery("select count(*) from PriceBookEntry where priceBookId = :book",
                Long.class)
                .setParameter("book", book.id)
                .getSingleResult()
                .invoke(prices -> {
                    if (prices > 0) {
                        throw ApiProblem.conflict("The price book has " + prices + " price(s); delete them first");
                    }
                })
                .replaceWithVoid();
    }

    @Override
    protected void apply(PriceBookInput input, PriceBook book) {
        book.name = input.name().strip();
        book.description = input.description();
        book.active = !Boolean.FALSE.equals(input.active());
    }

    @Override
    protected PriceBookInput toInput(PriceBook book) {
        return new PriceBookInput(book.name, book.description, book.active);
    }

    @Override
    public PriceBookView toView(PriceBook book) {
        return new PriceBookView(book.id, book.name, book.description, book.isStandard, book.active, book.createdAt,
                book.updatedAt, book.version);
    }
}
