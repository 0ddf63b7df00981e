package org.propertydesk.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.propertydesk.domain.risk.ConductAction;
import org.propertydesk.domain.risk.IncidentId;
import org.propertydesk.domain.risk.IncidentRecord;
import org.propertydesk.domain.risk.RiskRejection;

@Label("R-RN-8: unlawful conduct is never recorded")
class ConductProperties {

    @Provide
    Arbitrary<List<ConductAction>> conduct() {
        return RiskArbitraries.conduct();
    }

    @Property(tries = 300)
    @Label("R-RN-8: a record is accepted iff every action is lawful; otherwise each unlawful action is named once with lawful alternatives")
    void refusedExactlyForUnlawfulActions(@ForAll("conduct") List<ConductAction> actions) {
        var result = IncidentRecord.record(new IncidentId(new UUID(6, 6)), RiskArbitraries.OFFICE, RiskArbitraries.CLERK,
                "incident", actions, RiskArbitraries.RECORDED);

        List<ConductAction> unlawful = actions.distinct().filter(action -> !action.lawful());
        Statistics.label("refused").collect(result.isLeft());
        Statistics.label("refused").coverage(coverage -> {
            coverage.check(true).percentage(p -> p > 10);
            coverage.check(false).percentage(p -> p > 10);
        });
        if (unlawful.isEmpty()) {
            assertThat(result.isRight()).isTrue();
            assertThat(result.get().state().actions()).isEqualTo(actions);
        } else {
            assertThat(result.getLeft().reasons())
                    .map(reason -> ((RiskRejection.UnlawfulConduct) reason).action())
                    .containsExactlyElementsOf(unlawful);
            assertThat(result.getLeft().reasons()).allSatisfy(reason -> {
                RiskRejection.UnlawfulConduct refused = (RiskRejection.UnlawfulConduct) reason;
                assertThat(refused.lawfulAlternatives()).isNotEmpty().allMatch(ConductAction::lawful);
            });
        }
    }
}
