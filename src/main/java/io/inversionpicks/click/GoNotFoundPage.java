package io.inversionpicks.click;

import io.quarkus.qute.TemplateInstance;

/** The page a reader's browser shows for an out-of-date link (templates/GoNotFoundPage.html). */
public record GoNotFoundPage(String siteName, String detail) implements TemplateInstance {
}
