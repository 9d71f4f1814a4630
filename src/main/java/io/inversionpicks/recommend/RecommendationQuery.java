package io.inversionpicks.recommend;

/** A validated {@code /recommendations} request; a record of normalised values, so it is the response cache key. */
public record RecommendationQuery(Profile profile, int limit) {
}
