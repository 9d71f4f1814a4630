package io.inversionpicks.catalog.load;

import io.inversionpicks.catalog.link.AmazonProductPath;
import io.inversionpicks.catalog.link.CheckedOfferUrl;
import io.inversionpicks.catalog.link.OfferUrls;
import io.inversionpicks.catalog.link.TrackingParameters;
import io.inversionpicks.catalog.model.AffiliateProgramme;
import io.inversionpicks.catalog.model.Category;
import io.inversionpicks.catalog.model.ExperienceLevel;
import io.inversionpicks.catalog.model.LinkStyle;
import io.inversionpicks.catalog.model.Offer;
import io.inversionpicks.catalog.model.PriceSource;
import io.inversionpicks.catalog.model.Product;
import io.inversionpicks.catalog.model.Retailer;
import io.inversionpicks.common.Suggestions;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks a schema cannot express: references between files, unique ids, allowed retailer hosts, the disclosures
 * each programme needs, and values that must agree with each other. All problems are collected, none stops the rest.
 */
final class CatalogueRules {

    static final String AMAZON_STATEMENT = "As an Amazon Associate I earn from qualifying purchases.";
    /** A price checked "tomorrow" is a typo; allow a day for time zones. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    /** Amazon Associates may show a price only if it was checked within the last 24 hours. */
    static final int AMAZON_MAX_PRICE_AGE_HOURS = 24;

    private final List<CatalogueProblem> problems = new ArrayList<>();
    private final Map<String, String> productFiles = new HashMap<>();
    private final Instant now;
    private TrackingParameters trackingParameters = TrackingParameters.withTagsOf(List.of());
    private Map<String, AffiliateProgramme> programmesById = Map.of();

    CatalogueRules(Instant now) {
        this.now = now;
    }

    List<CatalogueProblem> problems() {
        return problems;
    }

    Set<String> categories(YamlDocument doc, List<Category> categories) {
        return uniqueIds(doc, "categories", categories, Category::id);
    }

    Set<String> programmes(YamlDocument doc, List<AffiliateProgramme> programmes) {
        trackingParameters = TrackingParameters.withTagsOf(programmes);
        Map<String, AffiliateProgramme> byId = new HashMap<>();
        programmes.forEach(p -> byId.putIfAbsent(p.id(), p));
        programmesById = Map.copyOf(byId);
        return uniqueIds(doc, "programmes", programmes, AffiliateProgramme::id);
    }

    Map<String, Retailer> retailers(YamlDocument doc, List<Retailer> retailers, Set<String> programmes) {
        uniqueIds(doc, "retailers", retailers, Retailer::id);
        Map<String, Retailer> byId = new HashMap<>();
        for (int i = 0; i < retailers.size(); i++) {
            Retailer retailer = retailers.get(i);
            byId.putIfAbsent(retailer.id(), retailer);
            if (programmes != null && !programmes.contains(retailer.programme())) {
                problems.add(doc.problem(FieldPath.of("retailers", i, "programme"),
                        unknown("affiliate programme", retailer.programme(), programmes, "affiliate-programmes.yaml")));
            }
            amazonPriceAge(doc, i, retailer);
            amazonPricesFromApi(doc, i, retailer);
            amazonLinkStyle(doc, i, retailer);
        }
        return byId;
    }

    /**
     * Amazon allows prices "obtained via Creators API or PA API" only, so the programme of a retailer linking to
     * Amazon must say so; otherwise an editor could type Amazon prices into offers.
     */
    private void amazonPricesFromApi(YamlDocument doc, int index, Retailer retailer) {
        AffiliateProgramme programme = programmesById.get(retailer.programme());
        if (linksToAmazon(retailer) && programme != null && programme.prices() != PriceSource.API_ONLY) {
            problems.add(doc.problem(FieldPath.of("retailers", index, "programme"), "retailer '" + retailer.id()
                    + "' links to Amazon, whose Associates policy allows only prices obtained from its API; set "
                    + "'prices: api-only' on programme '" + programme.id() + "' in affiliate-programmes.yaml"));
        }
    }

    /**
     * A retailer with an Amazon host must hide its prices after 24 hours: a longer maxPriceAgeHours would show
     * readers Amazon prices older than the Associates agreement allows.
     */
    private void amazonPriceAge(YamlDocument doc, int index, Retailer retailer) {
        if (linksToAmazon(retailer) && retailer.maxPriceAgeHours() > AMAZON_MAX_PRICE_AGE_HOURS) {
            problems.add(doc.problem(FieldPath.of("retailers", index, "maxPriceAgeHours"), "retailer '"
                    + retailer.id() + "' links to Amazon, whose prices may be shown for at most "
                    + AMAZON_MAX_PRICE_AGE_HOURS + " hours; set maxPriceAgeHours to " + AMAZON_MAX_PRICE_AGE_HOURS
                    + " or less, not " + retailer.maxPriceAgeHours()));
        }
    }

    /**
     * Amazon's Associates policy: "You will not cloak, hide, spoof, or otherwise obscure the URL of your Site
     * containing Special Links (including by use of Redirecting Links)". Our /go redirect is such a link, so a
     * retailer with an Amazon host must link straight to Amazon. Pointing at linkStyle falls back to the retailer's
     * entry when the field is missing.
     */
    private void amazonLinkStyle(YamlDocument doc, int index, Retailer retailer) {
        if (linksToAmazon(retailer) && retailer.linkStyle() != LinkStyle.DIRECT) {
            problems.add(doc.problem(FieldPath.of("retailers", index, "linkStyle"), "retailer '" + retailer.id()
                    + "' links to Amazon, whose Associates policy forbids cloaked or redirecting links; add "
                    + "'linkStyle: direct' to it, so its links go straight to Amazon (clicks are still counted, "
                    + "by ping), not '" + retailer.linkStyle().slug() + "'"));
        }
    }

    void disclosures(YamlDocument doc, Map<String, String> texts, Set<String> programmes,
                     Map<String, Retailer> retailers) {
        // A null set means its file could not be read; its references are not checked (see CatalogueLoader).
        Set<String> knownProgrammes = programmes == null ? texts.keySet() : programmes;
        Map<String, Retailer> knownRetailers = retailers == null ? Map.of() : retailers;
        for (String programme : knownProgrammes) {
            if (!texts.containsKey(programme)) {
                problems.add(doc.problem(FieldPath.of("programmes"),
                        "missing disclosure for affiliate programme '" + programme + "'"));
            }
        }
        for (String programme : texts.keySet()) {
            if (!knownProgrammes.contains(programme)) {
                problems.add(doc.problem(FieldPath.of("programmes", programme),
                        unknown("affiliate programme", programme, programmes, "affiliate-programmes.yaml")));
            }
        }
        for (Retailer retailer : knownRetailers.values()) {
            boolean amazon = linksToAmazon(retailer);
            String text = texts.get(retailer.programme());
            if (amazon && text != null && !text.contains(AMAZON_STATEMENT)) {
                problems.add(doc.problem(FieldPath.of("programmes", retailer.programme()),
                        "retailer '" + retailer.id() + "' links to Amazon, so this disclosure must contain \""
                                + AMAZON_STATEMENT + "\""));
            }
        }
    }

    /**
     * Product ids are unique across files; {@code id} is taken from the raw tree, so a file with other errors still
     * counts.
     */
    void productId(ProblemSite doc, String id) {
        if (id.isEmpty()) {
            return;
        }
        String otherFile = productFiles.putIfAbsent(id, doc.file());
        if (otherFile != null) {
            problems.add(doc.problem(FieldPath.of("id"), "duplicate id '" + id + "'; " + otherFile + " already uses it"));
        }
    }

    /**
     * @param unbackedClaims {@link #unbackedClaims} of this product, worked out beforehand: they depend on the product
     *                       alone, so they are found in parallel and remembered with an unchanged file
     */
    void product(ProblemSite doc, String expectedId, Product product, Set<String> categories,
                 Map<String, Retailer> retailers, CurrencyAgreement currency, List<UnbackedClaim> unbackedClaims) {
        if (!product.id().equals(expectedId)) {
            problems.add(doc.problem(FieldPath.of("id"),
                    "id '" + product.id() + "' must match the file name '" + expectedId + ".yaml'"));
        }
        if (categories != null && !categories.contains(product.category())) {
            problems.add(doc.problem(FieldPath.of("category"),
                    unknown("category", product.category(), categories, "categories.yaml")));
        }
        if (product.userHeightCm().min() >= product.userHeightCm().max()) {
            problems.add(doc.problem(FieldPath.of("userHeightCm", "min"), "min " + fmt(product.userHeightCm().min())
                    + " must be below max " + fmt(product.userHeightCm().max())));
        }
        if (product.beginnerFriendly() != (product.experienceLevel() == ExperienceLevel.NEW)) {
            problems.add(doc.problem(FieldPath.of("beginnerFriendly"), "beginnerFriendly is " + product.beginnerFriendly()
                    + " but experienceLevel is '" + product.experienceLevel().slug()
                    + "'; a product is beginner-friendly exactly when experienceLevel is 'new'"));
        }
        Set<String> seenRetailers = new HashSet<>();
        for (int i = 0; i < product.offers().size(); i++) {
            offer(doc, i, product.offers().get(i), retailers, seenRetailers, currency);
        }
        sources(doc, product);
        for (UnbackedClaim claim : unbackedClaims) {
            problems.add(doc.problem(claim.at(), claim.message()));
        }
    }

    /** A claims-check problem before it is placed in its file (which needs the parsed document for the line). */
    record UnbackedClaim(FieldPath at, String message) {
    }

    /**
     * A source is a citation shown as a plain, untagged URL: it may lead to the maker's own shop (teeter.com is both),
     * but it must never carry anyone's affiliate or tracking parameter, which would earn a commission undisclosed.
     */
    private void sources(ProblemSite doc, Product product) {
        for (int i = 0; i < product.sources().size(); i++) {
            String url = product.sources().get(i).url();
            if (url != null && OfferUrls.check(url, trackingParameters) instanceof CheckedOfferUrl.Refused refused) {
                problems.add(doc.problem(FieldPath.of("sources", i, "url"), refused.reason()));
            }
        }
    }

    /**
     * The claims check: no absolute health claim in the product's text, and no medical outcome promised by its
     * summary, unless one of its sources lists that claim under {@code claims} (the word list is
     * {@link HealthClaims}). An unbacked claim is an error like any other, so the edit is not published. So is a
     * word that mixes Latin with look-alike letters of another alphabet ({@link LookAlikeLetters}), which hides a
     * claim from the word list and from review alike.
     */
    static List<UnbackedClaim> unbackedClaims(Product product) {
        List<UnbackedClaim> found = new ArrayList<>();
        List<String> cited = product.sources().stream().flatMap(s -> s.claims().stream()).toList();
        claimsIn(found, FieldPath.of("name"), product.name(), HealthClaims.absolute(product.name()), cited);
        claimsIn(found, FieldPath.of("brand"), product.brand(), HealthClaims.absolute(product.brand()), cited);
        claimsIn(found, FieldPath.of("summary"), product.summary(), HealthClaims.inSummary(product.summary()), cited);
        textList(found, "safetyFeatures", product.safetyFeatures(), cited);
        textList(found, "pros", product.pros(), cited);
        textList(found, "cons", product.cons(), cited);
        return List.copyOf(found);
    }

    private static void textList(List<UnbackedClaim> found, String field, List<String> texts, List<String> cited) {
        for (int i = 0; i < texts.size(); i++) {
            claimsIn(found, FieldPath.of(field, i), texts.get(i), HealthClaims.absolute(texts.get(i)), cited);
        }
    }

    private static void claimsIn(List<UnbackedClaim> found, FieldPath at, String text,
                                 List<HealthClaims.Finding> findings, List<String> cited) {
        if (text == null) {
            return;
        }
        List<HealthClaims.Finding> unbacked = findings.stream()
                .filter(finding -> cited.stream().noneMatch(c -> HealthClaims.cites(c, finding))).toList();
        Optional<LookAlikeLetters.MixedWord> mixed = LookAlikeLetters.firstMixedWord(text);
        if (mixed.isPresent()) {
            // One mistake, one message: the look-alike is what to fix, and the claim it hid is named with it.
            String hidden = unbacked.isEmpty() ? "" : " (the text then reads as the health claim '"
                    + unbacked.get(0).claim() + "', which needs a source)";
            found.add(new UnbackedClaim(at, "\"" + mixed.get().word() + "\" mixes alphabets: "
                    + mixed.get().describe() + "; retype the word in Latin letters" + hidden));
            return;
        }
        for (HealthClaims.Finding finding : unbacked) {
            String what = HealthClaims.MEDICAL_OUTCOME.name().equals(finding.claim())
                    ? "a summary must not promise a medical outcome (\"" + finding.matched() + "\")"
                    : "\"" + finding.matched() + "\" is an absolute health claim ('" + finding.claim() + "')";
            found.add(new UnbackedClaim(at, what + "; describe what the product does instead, or back the claim "
                    + "with a source that supports it: add '" + finding.claim() + "' to the claims of one of "
                    + "this product's sources"));
        }
    }

    private void offer(ProblemSite doc, int index, Offer offer, Map<String, Retailer> retailers,
                       Set<String> seenRetailers, CurrencyAgreement currency) {
        FieldPath at = FieldPath.of("offers", index);
        Retailer retailer = retailers == null ? null : retailers.get(offer.retailer());
        if (retailer == null && retailers != null) {
            problems.add(doc.problem(at.child("retailer"),
                    unknown("retailer", offer.retailer(), retailers.keySet(), "retailers.yaml")));
        } else if (!seenRetailers.add(offer.retailer())) {
            problems.add(doc.problem(at.child("retailer"), "a second offer at '" + offer.retailer()
                    + "'; give each retailer one offer"));
        }
        url(doc, at.child("url"), offer.url(), retailer);
        asin(doc, at.child("asin"), offer, retailer);
        // Shorter than 10 characters is the schema's to report; this catches a reason made of spaces.
        if (offer.showAnyway() != null && offer.showAnyway().length() >= 10
                && offer.showAnyway().strip().length() < 10) {
            problems.add(doc.problem(at.child("showAnyway"), "say why the offer is shown whatever the link checker "
                    + "finds, in a few words (at least 10 characters), e.g. 'the retailer answers robots with 404'"));
        }
        if (offer.price() == null) {
            return;
        }
        AffiliateProgramme programme = retailer == null ? null : programmesById.get(retailer.programme());
        if (programme != null && programme.prices() == PriceSource.API_ONLY) {
            problems.add(doc.problem(at.child("price"), "retailer '" + retailer.id() + "' is in the programme '"
                    + programme.id() + "', whose prices may only come from its API (prices: api-only in "
                    + "affiliate-programmes.yaml); a price written here must never be shown, however recent. "
                    + "Remove this price: readers are sent to " + retailer.name() + " for it until the price sync "
                    + "supplies one"));
            return;
        }
        if (Offer.Price.isBareDate(offer.price().asOf())) {
            problems.add(doc.problem(at.child("price").child("asOf"), "'" + offer.price().asOf()
                    + "' has no time; readers are shown when a price was seen to the minute, so write the time and "
                    + "zone, e.g. '" + offer.price().asOf() + "T08:00:00Z'"));
        }
        try {
            if (offer.price().asOfInstant().isAfter(now.plus(FUTURE_TOLERANCE))) {
                problems.add(doc.problem(at.child("price").child("asOf"),
                        "'" + offer.price().asOf() + "' is in the future"));
            }
        } catch (DateTimeParseException e) {
            problems.add(doc.problem(at.child("price").child("asOf"),
                    "'" + offer.price().asOf() + "' is not a valid date or date-time"));
        }
        currency.check(offer.price().currency()).ifPresent(message ->
                problems.add(doc.problem(at.child("price").child("currency"), message)));
    }

    private static final Pattern WELL_FORMED_ASIN = Pattern.compile("[A-Z0-9]{10}");

    /** An ASIN written out must belong to an Amazon offer and name the product its URL names. */
    private void asin(ProblemSite doc, FieldPath at, Offer offer, Retailer retailer) {
        if (offer.asin() == null || retailer == null || !WELL_FORMED_ASIN.matcher(offer.asin()).matches()) {
            return; // a malformed one is the schema's to report, once
        }
        if (!linksToAmazon(retailer)) {
            problems.add(doc.problem(at, "only an Amazon offer has an ASIN; retailer '" + retailer.id()
                    + "' is not Amazon (use sku or gtin to match its product feed)"));
            return;
        }
        AmazonProductPath.asin(offer.url()).filter(fromUrl -> !fromUrl.equals(offer.asin())).ifPresent(fromUrl ->
                problems.add(doc.problem(at, "'" + offer.asin() + "' is not the ASIN of the URL, which names '"
                        + fromUrl + "'; leave asin out or correct one of them")));
    }

    private void url(ProblemSite doc, FieldPath at, String url, Retailer retailer) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            problems.add(doc.problem(at, "not a valid URL: " + e.getReason()));
            return;
        }
        if (!"https".equals(uri.getScheme())) {
            problems.add(doc.problem(at, "must use https, not " + uri.getScheme()));
        }
        if (uri.getRawUserInfo() != null) {
            problems.add(doc.problem(at, "must not contain user information ('...@')"));
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (retailer != null && !retailer.allowedHosts().contains(host)) {
            problems.add(doc.problem(at, "host '" + host + "' is not allowed for retailer '" + retailer.id()
                    + "'; allowed: " + String.join(", ", retailer.allowedHosts())));
        }
        if (OfferUrls.check(url, trackingParameters) instanceof CheckedOfferUrl.Refused refused) {
            problems.add(doc.problem(at, refused.reason()));
        }
    }

    private <T> Set<String> uniqueIds(YamlDocument doc, String listField, List<T> items, Function<T, String> id) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            Integer previous = firstIndex.putIfAbsent(value, i);
            if (previous != null) {
                problems.add(doc.problem(FieldPath.of(listField, i, "id"), "duplicate id '" + value
                        + "'; first defined on line " + doc.position(FieldPath.of(listField, previous, "id")).line()));
            }
        }
        return Set.copyOf(firstIndex.keySet());
    }

    static String unknown(String what, String value, Set<String> known, String definedIn) {
        String hint = Suggestions.closest(value, known).map(s -> "; did you mean '" + s + "'?")
                .orElse("; known: " + String.join(", ", known.stream().sorted().toList()));
        return "unknown " + what + " '" + value + "' (not in " + definedIn + ")" + hint;
    }

    static boolean linksToAmazon(Retailer retailer) {
        return retailer.allowedHosts().stream().anyMatch(CatalogueRules::isAmazonHost);
    }

    static boolean isAmazonHost(String host) {
        return AmazonProductPath.isAmazonHost(host);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** All prices share one currency, so that price filters and sorting compare like with like. */
    static final class CurrencyAgreement {
        private String first;

        Optional<String> check(String currency) {
            if (first == null) {
                first = currency;
                return Optional.empty();
            }
            return first.equals(currency) ? Optional.empty() : Optional.of(
                    "currency " + currency + " differs from " + first + "; all prices in a catalogue share one currency");
        }
    }
}
