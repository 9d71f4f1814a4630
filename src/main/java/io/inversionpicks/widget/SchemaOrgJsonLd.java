package io.inversionpicks.widget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.view.OfferView;
import io.inversionpicks.catalog.view.ProductView;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org {@code ItemList} of {@code Product}s with their {@code Offer}s, for the iframe pages' JSON-LD block.
 * The JSON goes inside a script element, so every {@code <}, {@code >} and {@code &} is written as a JSON unicode
 * escape: catalogue text such as {@code </script>} can't end the block early, and the data stays the same.
 */
@ApplicationScoped
public class SchemaOrgJsonLd {

    private final ObjectMapper mapper;

    public SchemaOrgJsonLd(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A product with the links the page shows for it. */
    public record Listed(ProductView product, List<WidgetOffer> offers) {
    }

    public String itemList(List<Listed> products) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            elements.add(Map.of("@type", "ListItem", "position", i + 1, "item", product(products.get(i))));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", "https://schema.org");
        list.put("@type", "ItemList");
        list.put("itemListElement", elements);
        return scriptSafe(list);
    }

    private static Map<String, Object> product(Listed listed) {
        ProductView p = listed.product();
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("@type", "Product");
        product.put("name", p.name());
        product.put("brand", Map.of("@type", "Brand", "name", p.brand()));
        product.put("description", p.summary());
        product.put("offers", listed.offers().stream().map(SchemaOrgJsonLd::offer).toList());
        return product;
    }

    /**
     * A price is only stated while it is fresh enough to show, with when it was seen and until when it may be shown
     * (date, time and zone: the price specification's validFrom and validThrough); otherwise the offer is just where
     * to buy.
     */
    private static Map<String, Object> offer(WidgetOffer shown) {
        OfferView o = shown.offer();
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("@type", "Offer");
        offer.put("url", shown.href());
        offer.put("seller", Map.of("@type", "Organization", "name", o.retailerName()));
        if (o.price() != null) {
            offer.put("price", o.price().amount().toPlainString());
            offer.put("priceCurrency", o.price().currency());
            offer.put("priceValidUntil", o.price().shownUntil().substring(0, 10));
            Map<String, Object> specification = new LinkedHashMap<>();
            specification.put("@type", "UnitPriceSpecification");
            specification.put("price", o.price().amount().toPlainString());
            specification.put("priceCurrency", o.price().currency());
            specification.put("validFrom", o.price().asOf());
            specification.put("validThrough", o.price().shownUntil());
            if (o.price().disclaimer() != null) {
                specification.put("description", o.price().asOfDisplay() + ". " + o.price().disclaimer());
            }
            offer.put("priceSpecification", specification);
        }
        return offer;
    }

    private String scriptSafe(Object value) {
        try {
            return mapper.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD can't be written", e);
        }
    }
}
