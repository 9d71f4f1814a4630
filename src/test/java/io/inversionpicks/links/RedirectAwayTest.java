package io.inversionpicks.links;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a redirect may end and still be the same product, and where it has taken the reader away. */
class RedirectAwayTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.walmart.com/ip/Innova-ITX9600/37418265 | https://www.walmart.com/                         | the home page
            https://www.walmart.com/ip/Innova-ITX9600/37418265 | https://www.walmart.com                          | the home page
            https://teeter.com/shop/inversion-tables/ep-560/   | https://teeter.com/en-us/                        | the home page
            https://www.walmart.com/ip/Innova-ITX9600/37418265 | https://www.walmart.com/search?q=innova+itx9600  | a search page
            https://www.walmart.com/ip/Innova-ITX9600/37418265 | https://www.walmart.com/browse?query=innova      | a search page
            https://teeter.com/shop/inversion-tables/ep-560/   | https://teeter.com/search/ep-560                 | a search page
            https://www.walmart.com/ip/Innova-ITX9600/37418265 | https://www.walmart.com/ip/Innova-ITX9800/512903871 | another product
            https://teeter.com/shop/inversion-tables/ep-560/   | https://teeter.com/shop/inversion-tables/ep-960/ | another product
            https://www.walmart.com/ip/Innova-ITX9600/37418265 | https://www.target.com/p/innova/37418265         | another site
            https://yogabody.com/products/yoga-trapeze/        | https://evil.example/products/yoga-trapeze/      | another site
            """)
    void away(String original, String finalUrl, String why) {
        assertThat(RedirectAway.why(original, finalUrl)).hasValueSatisfying(reason -> assertThat(reason).contains(why));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.walmart.com/ip/Innova-ITX9600/37418265 | https://www.walmart.com/ip/Innova-ITX9600/37418265
            https://www.walmart.com/ip/Innova-ITX9600/37418265 | https://www.walmart.com/ip/innova-itx9600-heavy-duty/37418265
            https://www.walmart.com/ip/Innova-ITX9600/37418265 | https://www.walmart.com/ip/37418265?athcpid=x
            https://teeter.com/shop/inversion-tables/ep-560/   | https://www.teeter.com/shop/inversion-tables/ep-560/
            https://teeter.com/shop/inversion-tables/ep-560/   | https://teeter.com/products/ep-560-inversion-table
            https://www.dickssportinggoods.com/p/boots-20irnuvrsngrvtybtsacc/20irnuvrsngrvtybtsacc | https://www.dickssportinggoods.com/p/ironman-boots/20irnuvrsngrvtybtsacc?color=black
            https://www.amazon.com/dp/B00J6PK1V6                | https://www.amazon.com/Innova-ITX9600/dp/B00J6PK1V6
            """)
    void sameProduct(String original, String finalUrl) {
        assertThat(RedirectAway.why(original, finalUrl)).isEmpty();
    }
}
