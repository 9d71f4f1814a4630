package io.inversionpicks.catalog.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The only form in which a retailer URL ever leaves the service: with its rel attribute and the disclosure that
 * applies to it, so no client can show the link without them.
 */
@Schema(name = "DisclosedLink", description = "An affiliate link with the disclosure that must be shown next to it")
public record DisclosedLink(
        @Schema(description = "Where the link goes: this service's click-counting redirect, which sends the reader "
                + "on to the retailer page with our affiliate tag",
                example = "https://picks.example.com/go/teeter-fitspine-x3/amazon?placement=api") String href,
        @Schema(example = "amazon") String retailer,
        @Schema(description = "Use as the rel attribute", example = "sponsored nofollow noopener") String rel,
        @Schema(description = "Show next to the link", example = "Inversion Picks earns a commission when you buy "
                + "through these links, at no extra cost to you. As an Amazon Associate I earn from qualifying "
                + "purchases.") String disclosure) {

    public static final String REL = "sponsored nofollow noopener";
}
