package io.inversionpicks.sync.amazon;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The body of {@code getItems}, lowerCamelCase as in the SDK's {@code GetItemsRequestContent}: the partner tag, 1 to
 * 10 ASINs, and the resources wanted (only what a price card shows: price, availability, the primary image).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GetItemsRequest(String partnerTag, List<String> itemIds, List<String> resources) {

    public static final int MAX_ITEMS = 10;
    static final List<String> RESOURCES = List.of("offersV2.listings.price", "offersV2.listings.availability",
            "images.primary.large");

    public GetItemsRequest {
        if (itemIds.isEmpty() || itemIds.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("getItems takes 1 to " + MAX_ITEMS + " ASINs, not " + itemIds.size());
        }
        itemIds = List.copyOf(itemIds);
        resources = List.copyOf(resources);
    }

    static GetItemsRequest of(String partnerTag, List<String> asins) {
        return new GetItemsRequest(partnerTag, asins, RESOURCES);
    }
}
