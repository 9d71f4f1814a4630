package io.inversionpicks.catalog.link;

import io.inversionpicks.catalog.model.AffiliateProgramme;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * The URL parameters that attribute a visit to someone: affiliate ids, affiliate networks' click ids and campaign or
 * ad tracking. An offer URL in the catalogue carries none of them, in any spelling: the service adds its own
 * programme's tag when a reader follows a link, and any other would take the commission or mislabel the visit.
 * Besides this list, the tag parameter of every programme in affiliate-programmes.yaml counts too.
 * <p>
 * Names are compared in their {@link #canonical canonical} form. To add one, put it in {@link #NAMES} with who uses
 * it, or a whole family in {@link #PREFIXES}. A name here that a retailer also uses for something harmless only
 * costs an editor a clear message; a missing one can cost the blogger a commission, so when in doubt, add it.
 */
public final class TrackingParameters {

    /** Canonical name, and whose parameter it is (shown to editors). */
    static final Map<String, String> NAMES = Map.ofEntries(
            // Amazon Associates: the tag, and what SiteStripe and the old link builders add next to it
            entry("tag", "Amazon Associates tracking id"),
            entry("ascsubtag", "Amazon Associates sub-tag"),
            entry("linkcode", "Amazon Associates link type"),
            entry("linkid", "Amazon Associates link id"),
            entry("camp", "Amazon Associates campaign"),
            entry("creative", "Amazon Associates creative"),
            entry("creativeasin", "Amazon Associates creative ASIN"),
            entry("ref", "referral (Amazon placement, many affiliate programmes)"),
            entry("ref_", "Amazon placement reference"),
            entry("refid", "referral id"),
            entry("ref_id", "referral id"),
            entry("referrer", "referral"),
            entry("referral", "referral"),
            // affiliate networks
            entry("irclickid", "Impact click id"),
            entry("irgwc", "Impact click flag"),
            entry("im_ref", "Impact referral"),
            entry("sharedid", "Impact shared id"),
            entry("clickid", "affiliate network click id"),
            entry("click_id", "affiliate network click id"),
            entry("cjevent", "CJ Affiliate click id"),
            entry("cjdata", "CJ Affiliate data"),
            entry("awc", "Awin click id"),
            entry("awinaffid", "Awin affiliate id"),
            entry("awinmid", "Awin advertiser id"),
            entry("ranmid", "Rakuten Advertising advertiser id"),
            entry("raneaid", "Rakuten Advertising affiliate id"),
            entry("ransiteid", "Rakuten Advertising site id"),
            entry("sscid", "ShareASale click id"),
            entry("afftrack", "ShareASale affiliate tracking"),
            entry("avad", "AvantLink affiliate id"),
            entry("clickref", "Partnerize click reference"),
            entry("pubref", "Partnerize publisher reference"),
            entry("rfsn", "Refersion affiliate id"),
            entry("wmlspartner", "Walmart affiliate partner"),
            entry("affiliates_ad_id", "Walmart affiliate ad"),
            entry("sourceid", "Walmart affiliate source"),
            entry("veh", "Walmart affiliate channel"),
            entry("aff", "affiliate id"),
            entry("affid", "affiliate id"),
            entry("aff_id", "affiliate id"),
            entry("affiliate", "affiliate id"),
            entry("affiliateid", "affiliate id"),
            entry("affiliate_id", "affiliate id"),
            entry("subid", "affiliate sub-id"),
            entry("sub_id", "affiliate sub-id"),
            // ad platforms' click ids and e-mail or analytics tracking
            entry("gclid", "Google Ads click id"),
            entry("gclsrc", "Google Ads click source"),
            entry("dclid", "Google Display click id"),
            entry("gbraid", "Google Ads click id"),
            entry("wbraid", "Google Ads click id"),
            entry("srsltid", "Google Merchant click id"),
            entry("_ga", "Google Analytics client id"),
            entry("_gl", "Google Analytics linker"),
            entry("fbclid", "Meta click id"),
            entry("igshid", "Instagram share id"),
            entry("msclkid", "Microsoft Ads click id"),
            entry("ttclid", "TikTok click id"),
            entry("twclid", "X (Twitter) click id"),
            entry("li_fat_id", "LinkedIn click id"),
            entry("epik", "Pinterest click id"),
            entry("yclid", "Yandex click id"),
            entry("s_kwcid", "Adobe campaign id"),
            entry("ef_id", "Adobe click id"),
            entry("mc_cid", "Mailchimp campaign id"),
            entry("mc_eid", "Mailchimp subscriber id"),
            entry("_hsenc", "HubSpot tracking"),
            entry("_hsmi", "HubSpot tracking"));

    /** Families of names, by how they start. */
    static final Map<String, String> PREFIXES = Map.ofEntries(
            entry("utm_", "campaign tracking (UTM)"),
            entry("aff_sub", "affiliate sub-id"),
            entry("pf_rd_", "Amazon placement tracking"),
            entry("pd_rd_", "Amazon placement tracking"));

    /** A name with nothing to decode or normalise but its case. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]*");
    /** {@code tag[]}, {@code tag[0]}: array syntax that PHP and Rails read as the plain name. */
    private static final Pattern ARRAY_SUFFIX = Pattern.compile("\\[[^\\[\\]]*]$");
    /** PHP reads {@code utm.source} and {@code utm source} as {@code utm_source}. */
    private static final Pattern DOTS_AND_SPACES = Pattern.compile("[.\\s]+");

    private final Map<String, String> programmeParameters;

    private TrackingParameters(Map<String, String> programmeParameters) {
        this.programmeParameters = Map.copyOf(programmeParameters);
    }

    /** This list plus the tag parameter of each of these programmes. */
    public static TrackingParameters withTagsOf(Collection<AffiliateProgramme> programmes) {
        Map<String, String> byName = new HashMap<>();
        for (AffiliateProgramme programme : programmes) {
            byName.putIfAbsent(canonical(programme.tagParameter()),
                    "tag parameter of affiliate programme '" + programme.id() + "'");
        }
        return new TrackingParameters(byName);
    }

    /** Whose parameter this is, if it attributes a visit; {@code name} may be in any spelling or encoding. */
    public Optional<String> owner(String name) {
        String canonical = canonical(name);
        String owner = NAMES.getOrDefault(canonical, programmeParameters.get(canonical));
        if (owner != null) {
            return Optional.of(owner);
        }
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (canonical.startsWith(prefix.getKey())) {
                return Optional.of(prefix.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * A parameter name as the most lenient server could read it: fully percent-decoded, compatibility-normalised
     * (full-width {@code ｔａｇ} is {@code tag}), without invisible or control characters and surrounding spaces,
     * lower case, without an array suffix, and with dots and spaces read as underscores.
     */
    static String canonical(String name) {
        if (PLAIN.matcher(name).matches()) {
            return name.toLowerCase(Locale.ROOT); // the usual case, and the cheap one
        }
        String decoded = Normalizer.normalize(PercentDecoding.fully(name).text(), Normalizer.Form.NFKC);
        StringBuilder visible = new StringBuilder(decoded.length());
        decoded.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(visible::appendCodePoint);
        String plain = ARRAY_SUFFIX.matcher(visible.toString().strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        return DOTS_AND_SPACES.matcher(plain.strip()).replaceAll("_");
    }
}
