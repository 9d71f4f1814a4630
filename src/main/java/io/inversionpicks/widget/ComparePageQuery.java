package io.inversionpicks.widget;

import java.net.URI;
import io.inversionpicks.compare.ComparisonQuery;

import java.util.Optional;

/**
 * A validated comparison-widget request.
 *
 * @param post the blog post the page is on, credited with its clicks
 */
record ComparePageQuery(ComparisonQuery products, WidgetLook look, Optional<String> post, URI base) {
}
