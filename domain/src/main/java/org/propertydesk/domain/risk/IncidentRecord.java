package org.propertydesk.domain.risk;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.StaffId;

/**
 * What the office did about an incident (治安、刑事案件, injury, a visitor refusing to register),
 * kept so that the company can show it acted lawfully. Guards conduct risk (R-RN-1, R-RN-8): a
 * record of unlawful conduct is refused, every unlawful action named with its lawful alternative.
 */
@AggregateRoot
public record IncidentRecord(
        @Identity IncidentId id,
        OfficeId office,
        long version,
        StaffId recordedBy,
        String description,
        Seq<ConductAction> actions,
        Instant at) {

    public IncidentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(at, "at");
    }

    public static Either<Rejections<RiskRejection>, RiskOutcome<IncidentRecord>> record(
            IncidentId id, OfficeId office, StaffId recordedBy, String description, Seq<ConductAction> actions, Instant at) {
        Seq<RiskRejection> unlawful = actions.distinct()
                .filter(action -> !action.lawful())
                .map(action -> new RiskRejection.UnlawfulConduct(action, action.lawfulAlternatives()));
        return Rejections.unless(unlawful, () -> RiskOutcome.of(
                new IncidentRecord(id, office, 0, recordedBy, description, actions, at),
                new RiskEvent.IncidentRecorded(office, id, RiskKind.CONDUCT, at)));
    }

    public RiskKind riskKind() {
        return RiskKind.CONDUCT;
    }
}
