package io.inversionpicks.recommend;

import io.inversionpicks.common.DecisiveParameter;

import java.util.List;

/**
 * Reported conditions settle the answer when they screen the reader out (a contraindication, or a condition the
 * service can't assess): the advice to see a doctor stands, whatever else the request holds.
 */
public class ScreensOut implements DecisiveParameter.Settles {

    @Override
    public boolean settles(List<String> values) {
        return ReportedConditions.read(values).screensOut();
    }
}
