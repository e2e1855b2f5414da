package io.quintet.crm.product;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.quintet.crm.opportunity.OpportunityView;
import io.quintet.crm.platform.crud.RecordService;
import io.quintet.crm.platform.graphql.GraphQLFilters;
import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/**
 * GraphQL API of products, price books with their prices, and opportunity line items, with the batched
 * {@code PriceBook.entries} and {@code Opportunity.lineItems} fields.
 */
@GraphQLApi
public class ProductGraphQL {

    private final ProductService products;
    private final PriceBookService books;
    private final PriceBookEntryService entries;
    private final LineItemService lineItems;
    private final GraphQLSupport graphql;
    private final Context context;

    ProductGraphQL(ProductService products, PriceBookService books, PriceBookEntryService entries,
            LineItemService lineItems, GraphQLSupport graphql, Context context) {
        this.products = products;
        this.books = books;
        this.entries = entries;
        this.lineItems = lineItems;
        this.graphql = graphql;
        this.context = context;
    }

    @Query("product")
    @Description("A product by id")
    public Uni<ProductView> product(@NonNull @Id String id) {
        return products.get(GraphQLSupport.id(id));
    }

    @Query("products")
    @Description("Products, a page at a time; orderBy as in REST sort, e.g. \"sku\"")
    public Uni<ProductConnection> products(Integer first, String after, ProductFilter filter, String orderBy) {
        return products.list(graphql.listQuery(first, after, GraphQLFilters.toNode(filter, products.queryFields()),
                orderBy), null)
                .map(page -> new ProductConnection(page.items().stream().map(ProductConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(page)));
    }

    @Mutation
    @Description("Create a product; a SKU another product has is a CONFLICT")
    public Uni<ProductView> createProduct(@NonNull ProductInput input) {
        return products.create(input);
    }

    @Mutation
    @Description("Change a product's fields")
    public Uni<ProductView> updateProduct(@NonNull @Id String id, @NonNull ProductPatch input,
            Integer expectedVersion) {
        return products.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete a product that has no prices and no line items")
    public Uni<Boolean> deleteProduct(@NonNull @Id String id, Integer expectedVersion) {
        return products.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion),
                RecordService.DeleteOptions.none()).replaceWith(true);
    }

    @Query("priceBook")
    @Description("A price book by id")
    public Uni<PriceBookView> priceBook(@NonNull @Id String id) {
        return books.get(GraphQLSupport.id(id));
    }

    @Query("priceBooks")
    @Description("Price books, a page at a time; the standard one is made on first use")
    public Uni<PriceBookConnection> priceBooks(Integer first, String after, PriceBookFilter filter,
            String orderBy) {
        return books.list(graphql.listQuery(first, after, GraphQLFilters.toNode(filter, books.queryFields()),
                orderBy), null)
                .map(page -> new PriceBookConnection(page.items().stream().map(PriceBookConnection.Edge::new)
                        .toList(), GraphQLSupport.pageInfo(page)));
    }

    @Mutation
    @Description("Create a price book")
    public Uni<PriceBookView> createPriceBook(@NonNull PriceBookInput input) {
        return books.create(input);
    }

    @Mutation
    @Description("Change a price book's fields")
    public Uni<PriceBookView> updatePriceBook(@NonNull @Id String id, @NonNull PriceBookPatch input,
            Integer expectedVersion) {
        return books.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete a price book other than the standard one, once it has no prices")
    public Uni<Boolean> deletePriceBook(@NonNull @Id String id, Integer expectedVersion) {
        return books.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion),
                RecordService.DeleteOptions.none()).replaceWith(true);
    }

    @Name("entries")
    @Description("The price book's prices, oldest first")
    public Uni<List<List<PriceBookEntryView>>> entries(@Source List<PriceBookView> sources) {
        List<UUID> ids = sources.stream().map(PriceBookView::id).toList();
        return entries.forBooks(ids).map(found -> {
            Map<UUID, List<PriceBookEntryView>> byBook = found.stream()
                    .collect(Collectors.groupingBy(PriceBookEntryView::priceBookId));
            return ids.stream().map(id -> byBook.getOrDefault(id, List.of())).toList();
        });
    }

    @Mutation
    @Description("Add a price to a price book: one per product and currency")
    public Uni<PriceBookEntryView> createPriceBookEntry(@NonNull PriceBookEntryInput input) {
        return entries.create(input);
    }

    @Mutation
    @Description("Change a price")
    public Uni<PriceBookEntryView> updatePriceBookEntry(@NonNull @Id String id, @NonNull PriceBookEntryPatch input,
            Integer expectedVersion) {
        return entries.patch(GraphQLSupport.id(id), graphql.mergePatch(context, "input"),
                GraphQLSupport.version(expectedVersion));
    }

    @Mutation
    @Description("Delete a price")
    public Uni<Boolean> deletePriceBookEntry(@NonNull @Id String id, Integer expectedVersion) {
        return entries.delete(GraphQLSupport.id(id), GraphQLSupport.version(expectedVersion),
                RecordService.DeleteOptions.none()).replaceWith(true);
    }

    @Name("lineItems")
    @Description("The opportunity's line items, oldest first")
    public Uni<List<List<LineItemView>>> lineItems(@Source List<OpportunityView> sources) {
        return lineItems.forOpportunities(sources)
                .map(byOpportunity -> sources.stream().map(o -> byOpportunity.get(o.id())).toList());
    }

    @Mutation
    @Description("Add a line item to an opportunity; answers the opportunity, whose amount is now the items' total")
    public Uni<OpportunityView> addLineItem(@NonNull @Id String opportunityId, @NonNull LineItemInput input,
            Integer expectedVersion) {
        return lineItems.add(GraphQLSupport.id(opportunityId), input, GraphQLSupport.version(expectedVersion))
                .map(LineItemService.Change::opportunity);
    }

    @Mutation
    @Description("Change a line item; answers the opportunity")
    public Uni<OpportunityView> updateLineItem(@NonNull @Id String opportunityId, @NonNull @Id String id,
            @NonNull LineItemPatch input, Integer expectedVersion) {
        return lineItems.update(GraphQLSupport.id(opportunityId), GraphQLSupport.id(id),
                graphql.mergePatch(context, "input"), GraphQLSupport.version(expectedVersion))
                .map(LineItemService.Change::opportunity);
    }

    @Mutation
    @Description("Remove a line item; answers the opportunity")
    public Uni<OpportunityView> removeLineItem(@NonNull @Id String opportunityId, @NonNull @Id String id,
            Integer expectedVersion) {
        return lineItems.remove(GraphQLSupport.id(opportunityId), GraphQLSupport.id(id),
                GraphQLSupport.version(expectedVersion)).map(LineItemService.Change::opportunity);
    }
}
