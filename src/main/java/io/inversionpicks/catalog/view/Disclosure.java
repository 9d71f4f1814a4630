package io.inversionpicks.catalog.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The top-level disclosure of a response: the general text plus every programme statement its links need. */
@Schema(name = "Disclosure")
public record Disclosure(
        @Schema(example = "Inversion Picks earns a commission when you buy through these links, at no extra cost to "
                + "you.") String text,
        @Schema(description = "Statements required by the affiliate programmes of the links in this response",
                example = "[\"As an Amazon Associate I earn from qualifying purchases.\"]") List<String> statements) {

    public Disclosure {
        statements = List.copyOf(statements);
    }
}
