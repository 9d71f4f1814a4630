package io.inversionpicks.widget;

import io.inversionpicks.common.ParamReader;
import io.inversionpicks.compare.CompareService;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.Optional;

/**
 * Builds the comparison widget's iframe page: the comparison of {@code GET /compare}, with the widget's options.
 * Products retired or removed since the blogger chose them are left out with a note, as a post outlives products.
 */
@ApplicationScoped
public class ComparePages {

    private final CompareService compare;
    private final WidgetLinks links;
    private final EmbeddingPost embeddingPost;

    public ComparePages(CompareService compare, WidgetLinks links, EmbeddingPost embeddingPost) {
        this.compare = compare;
        this.links = links;
        this.embeddingPost = embeddingPost;
    }

    /** @param self the base URI of this request, see {@link EmbeddingPost} */
    public ComparePage page(WidgetCompareParams params, URI self) {
        ParamReader in = new ParamReader();
        WidgetLook look = WidgetLook.read(in, params.embedding.theme, null);
        Optional<String> post = embeddingPost.read(in, params.embedding.post, params.embedding.referer, self);
        in.throwIfInvalid();
        return ComparePage.of(compare.remaining(params.ids), links, look, post);
    }
}
