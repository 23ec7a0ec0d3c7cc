package dev.ladder.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.util.List;

/**
 * Installs the filters every response of the suite passes through, before every test:
 * RestAssured's global filters outlive a single test class, and a callback is the one hook every
 * {@code @QuarkusTest} runs.
 */
public class GlobalFilters implements QuarkusTestBeforeEachCallback {
    private static final List<Filter> FILTERS = List.of(ResponseScanner.INSTANCE, ContractValidator.INSTANCE);

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (GlobalFilters.class) {
            for (Filter filter : FILTERS) {
                if (!RestAssured.filters().contains(filter)) {
                    RestAssured.filters(filter);
                }
            }
        }
    }
}
