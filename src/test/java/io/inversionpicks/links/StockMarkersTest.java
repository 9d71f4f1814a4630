package io.inversionpicks.links;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Out-of-stock pages in their usual forms, and pages that only look like one. */
class StockMarkersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<html><body><h1>Table</h1><p class=stock>Out of stock</p></body></html>",
            "<div>This item is <b>SOLD&nbsp;OUT</b></div>",
            "<p>Currently unavailable. We don't know when or if this item will be back in stock.</p>",
            "<p>This product has been discontinued.</p>",
            """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"T",
             "offers":{"@type":"Offer","price":"199.00","availability":"https://schema.org/OutOfStock"}}</script>
            <p>Add to cart</p>""",
            """
            <script type='application/ld+json'>[{"@type":"Product","offers":[{"availability":"http://schema.org/SoldOut"}]}]</script>""",
            """
            <script type="application/ld+json">{"@graph":[{"@type":"Product","offers":{"availability":"Discontinued"}}]}</script>""",
    })
    void outOfStock(String page) {
        assertThat(StockMarkers.outOfStock(page)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<html><body><h1>Table</h1><button>Add to cart</button><p>In stock</p></body></html>",
            // Markers in scripts, styles, comments and class names are not what the reader sees.
            "<script>var labels = {oos: 'Out of stock'};</script><p>In stock</p>",
            "<style>.sold-out { color: red }</style><!-- out of stock banner --><p class=\"out-of-stock hidden\">Buy</p>",
            // Negations and stock-up copy.
            "<p>Never out of stock: ships in 24 hours</p>",
            "<p>Back in stock! Order now.</p>",
            "<p>Order before it's sold out</p>",
            // JSON-LD says it can be bought: a related product's "sold out" in the text does not count.
            """
            <script type="application/ld+json">{"@type":"Product","offers":[{"availability":"https://schema.org/InStock"},
             {"availability":"https://schema.org/OutOfStock"}]}</script><aside>Similar table: sold out</aside>""",
            // A broken JSON-LD block says nothing; the text (in stock) decides.
            "<script type=\"application/ld+json\">{not json</script><p>In stock</p>",
    })
    void notOutOfStock(String page) {
        assertThat(StockMarkers.outOfStock(page)).isEmpty();
    }
}
