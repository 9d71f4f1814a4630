package io.inversionpicks.catalog.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The only form in which a retailer URL ever leaves the service: with its rel attribute and the disclosure that
 * applies to it, so no client can show the link without them.
 */
@Schema(name = "DisclosedLink", description = "An affiliate link with the disclosure that must be shown next to it")
public record DisclosedLink(
        @Schema(description = "Where the reader goes. For a retailer with direct links (Amazon, whose policy forbids "
                + "redirecting links): the retailer's page with our affiliate tag; report the click to ping. For "
                + "other retailers: this service's click-counting redirect (/go/...), which sends the reader on to "
                + "the retailer page with our affiliate tag and counts the click itself",
                example = "https://www.amazon.com/dp/B07D5QXK4R?tag=inversionpicks-20") String href,
        @Schema(description = "For direct links only (null when href is the /go redirect, which counts itself): POST "
                + "here (any small body, or use it as the <a ping> attribute / navigator.sendBeacon) when a reader "
                + "follows href, to have the click counted; add click=<random id> to count a click reported twice "
                + "once", nullable = true,
                example = "https://picks.example.com/clicks/teeter-fitspine-x3/amazon?placement=api") String ping,
        @Schema(example = "amazon") String retailer,
        @Schema(description = "Use as the rel attribute", example = "sponsored nofollow noopener") String rel,
        @Schema(description = "Show next to the link", example = "Inversion Picks earns a commission when you buy "
                + "through these links, at no extra cost to you. As an Amazon Associate I earn from qualifying "
                + "purchases.") String disclosure) {

    public static final String REL = "sponsored nofollow noopener";
}
