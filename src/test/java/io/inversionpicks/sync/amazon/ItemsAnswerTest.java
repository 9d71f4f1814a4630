package io.inversionpicks.sync.amazon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inversionpicks.catalog.model.Availability;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A getItems answer is read field by field, as Amazon leaves out what it does not have. */
class ItemsAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ASKED = List.of("B000000001", "B000000002", "B000000003");

    @Test
    void theBuyBoxListingGivesPriceAndAvailability() {
        ItemsAnswer answer = parse("""
                {"itemsResult":{"items":[{"asin":"B000000001","offersV2":{"listings":[
                  {"availability":{"type":"OUT_OF_STOCK"},"price":{"money":{"amount":10.5,"currency":"USD"}}},
                  {"availability":{"type":"IN_STOCK"},"isBuyBoxWinner":true,
                   "price":{"money":{"amount":299.99,"currency":"USD"}}}]}}]}}""");

        AmazonItem item = answer.items().get("B000000001");
        assertThat(item.amount()).isEqualByComparingTo(new BigDecimal("299.99"));
        assertThat(item.currency()).isEqualTo("USD");
        assertThat(item.availability()).isEqualTo(Availability.IN_STOCK);
    }

    @Test
    void anItemWithoutAListingHasNoPriceAndUnknownAvailability() {
        AmazonItem item = parse("{\"itemsResult\":{\"items\":[{\"asin\":\"B000000002\"}]}}").items()
                .get("B000000002");

        assertThat(item.amount()).isNull();
        assertThat(item.currency()).isNull();
        assertThat(item.availability()).isEqualTo(Availability.UNKNOWN);
    }

    @Test
    void aZeroPriceOrOneWithoutCurrencyIsNoPrice() {
        ItemsAnswer answer = parse("""
                {"itemsResult":{"items":[
                  {"asin":"B000000001","offersV2":{"listings":[{"price":{"money":{"amount":0,"currency":"USD"}}}]}},
                  {"asin":"B000000002","offersV2":{"listings":[{"price":{"money":{"amount":12.0}}}]}}]}}""");

        assertThat(answer.items().values()).allSatisfy(item -> assertThat(item.amount()).isNull());
    }

    @Test
    void onlyHttpsImageAddressesAreKept() {
        ItemsAnswer answer = parse("""
                {"itemsResult":{"items":[
                  {"asin":"B000000001","images":{"primary":{"large":{"url":"https://m.media-amazon.com/a.jpg"}}}},
                  {"asin":"B000000002","images":{"primary":{"large":{"url":"javascript:alert(1)"}}}}]}}""");

        assertThat(answer.items().get("B000000001").imageUrl()).isEqualTo("https://m.media-amazon.com/a.jpg");
        assertThat(answer.items().get("B000000002").imageUrl()).isNull();
    }

    @Test
    void perItemErrorsAreFiledUnderTheAsinTheyName() {
        ItemsAnswer answer = parse("""
                {"errors":[{"code":"ItemNotAccessible",
                            "message":"The ItemId B000000003 is not accessible through the Creators API."}]}""");

        assertThat(answer.problems()).containsExactly(Map.entry("B000000003",
                "ItemNotAccessible: The ItemId B000000003 is not accessible through the Creators API."));
    }

    @Test
    void itemsNobodyAskedForAreIgnored() {
        assertThat(parse("{\"itemsResult\":{\"items\":[{\"asin\":\"B0UNASKED0\"}]}}").items()).isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsAnError() {
        assertThatThrownBy(() -> parse("<html>503</html>")).isInstanceOf(CreatorsApiException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> parse("[1,2]")).isInstanceOf(CreatorsApiException.class)
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void amazonsAvailabilityTypesMapToThreeStates() {
        assertThat(ItemsAnswer.availability("IN_STOCK")).isEqualTo(Availability.IN_STOCK);
        assertThat(ItemsAnswer.availability("IN_STOCK_SCARCE")).isEqualTo(Availability.IN_STOCK);
        assertThat(ItemsAnswer.availability("OUT_OF_STOCK")).isEqualTo(Availability.OUT_OF_STOCK);
        assertThat(ItemsAnswer.availability("PREORDER")).isEqualTo(Availability.UNKNOWN);
        assertThat(ItemsAnswer.availability("")).isEqualTo(Availability.UNKNOWN);
    }

    private static ItemsAnswer parse(String body) {
        return ItemsAnswer.parse(JSON, body, ASKED);
    }
}
