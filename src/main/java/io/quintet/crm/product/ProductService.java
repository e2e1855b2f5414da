package io.quintet.crm.product;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.crud.RecordKind;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.crud.RecordSupport;
import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.query.QueryField;
import io.quintet.crm.platform.query.QueryFields;
import io.smallrye.mutiny.Uni;

/** Products: a SKU unique per tenant; one that is priced or sold is kept (deactivate it instead). */
@ApplicationScoped
public class ProductService extends RecordService<Product, ProductInput, ProductView> {

    static final QueryFields FIELDS = QueryFields.of("product",
            QueryField.string("sku", "e.sku").sortable().build(),
            QueryField.string("name", "e.name").sortable().build(),
            QueryField.string("family", "e.family").sortable().build(),
            QueryField.bool("active", "e.active").build(),
            QueryField.timestamp("createdAt", "e.createdAt").sortable().build(),
            QueryField.timestamp("updatedAt", "e.updatedAt").sortable().build());

    ProductService(RecordSupport support) {
        super(support, new RecordKind<>("product", Product.class, ProductInput.class, ProductView.class, FIELDS,
                "name", Product::new));
    }

    @Override
    protected Uni<Void> checkRules(Mutiny.Session session, ProductInput input, Product existing) {
        String sku = input.sku().strip();
        if (existing != null && sku.equals(existing.sku)) {
            return Uni.createFrom().voidItem();
        }
        return session.createSelectionQuery("select count(*) from Product where sku = :sku", Long.class)
                .setParameter("sku", sku)
                .getSingleResult()
                .invoke(count -> {
                    if (count > 0) {
                        throw ApiProblem.conflict("Another product already has the SKU " + sku);
                    }
                })
                .replaceWithVoid();
    }

    @Override
    protected Uni<Void> beforeDelete(Mutiny.Session session, Product product, DeleteOptions options) {
        return count(session, "PriceBookEntry", product).chain(prices -> count(session, "LineItem", product)
                .invoke(items -> {
                    if (prices + items > 0) {
                        throw ApiProblem.conflict("The product has " + prices + " price(s) and " + items
                                + " line item(s); set active to false instead of deleting it");
                    }
                }))
                .replaceWithVoid();
    }

    private static Uni<Long> count(Mutiny.Session session, String entity, Product product) {
        return session.createSelectionQuery("select count(*) from " + entity + " where productId = :id", Long.class)
                .setParameter("id", product.id)
                .getSingleResult();
    }

    @Override
    protected void apply(ProductInput input, Product product) {
        product.sku = input.sku().strip();
        product.name = input.name().strip();
        product.family = input.family();
        product.description = input.description();
        product.active = !Boolean.FALSE.equals(input.active());
    }

    @Override
    protected ProductInput toInput(Product product) {
        return new ProductInput(product.sku, product.name, product.family, product.description, product.active);
    }

    @Override
    public ProductView toView(Product product) {
        return new ProductView(product.id, product.sku, product.name, product.family, product.description,
                product.active, product.createdAt, product.updatedAt, product.version);
    }
}
