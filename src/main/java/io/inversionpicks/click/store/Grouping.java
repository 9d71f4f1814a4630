package io.inversionpicks.click.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What click statistics are counted by; each maps to one column of the click table. */
public enum Grouping {
    DAY("day"), PRODUCT("productId"), RETAILER("retailer"), PLACEMENT("placement"), POST("sourcePost"), CHANNEL("channel");

    private static final List<String> NAMES = Arrays.stream(values()).map(Grouping::param).toList();

    /** The entity attribute; a fixed name, so it can safely be placed in a query. */
    final String attribute;

    Grouping(String attribute) {
        this.attribute = attribute;
    }

    /** The value of the {@code groupBy} parameter, also the key column's name in CSV. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> params() {
        return NAMES;
    }

    public static Grouping fromParam(String param) {
        return valueOf(param.toUpperCase(Locale.ROOT));
    }
}
