package org.propertydesk.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rulebook as data")
class RuleCatalogueTest {

    @Test
    @DisplayName("every rule has a unique id of the rulebook's form, a summary and a source")
    void rulesAreWellFormed() {
        assertThat(Rule.values()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("K-\\d+|R-(RO|HO|CO|FC|RN|CF)-\\d+");
            assertThat(rule.name()).isEqualTo(rule.id().replace('-', '_'));
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.summary()).isNotBlank();
            assertThat(rule.manual()).isNotNull();
            assertThat(Rule.byId(rule.id())).contains(rule);
        });
        Set<String> ids = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(Rule.values().length);
    }

    @Test
    @DisplayName("the catalogue holds the whole rulebook: K-1..K-4 and every context's rules")
    void catalogueIsComplete() {
        assertThat(Rule.byId("K-1")).isPresent();
        assertThat(Rule.byId("K-4")).isPresent();
        assertThat(Rule.byId("R-RO-7")).isPresent();
        assertThat(Rule.byId("R-HO-8")).isPresent();
        assertThat(Rule.byId("R-CO-9")).isPresent();
        assertThat(Rule.byId("R-FC-9")).isPresent();
        assertThat(Rule.byId("R-RN-9")).isPresent();
        assertThat(Rule.byId("R-CF-10")).isPresent();
        assertThat(Rule.values()).hasSize(56);
        assertThat(Rule.byId("R-XX-1")).isEmpty();
    }
}
