package org.propertydesk.domain.handover;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.Department;

/**
 * What outside the handover itself may block it (R-HO-3 a, c): the unresolved incidents that reach
 * the post's department and the post's duty-log matters that are neither closed out nor carried
 * over. Built from the incidents and the duty log at the moment of the command.
 */
@ValueObject
public record PostSituation(Seq<Alert> alerts, Seq<EntryId> unsettled) {

    /** An unresolved incident that reaches the post. */
    @ValueObject
    public record Alert(IncidentId incident, IncidentKind kind, EmergencyLevel level) {
        public Alert {
            Objects.requireNonNull(incident, "incident");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(level, "level");
        }
    }

    public PostSituation {
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(unsettled, "unsettled");
    }

    /** Nothing outside the handover stands in its way. */
    public static PostSituation calm() {
        return new PostSituation(List.empty(), List.empty());
    }

    /** The situation of a post of {@code department}, given the office's incidents and the post's duty log. */
    public static PostSituation of(Department department, Seq<Incident> incidents, DutyLog log) {
        return new PostSituation(
                incidents.filter(Incident::open).filter(i -> i.reaches(department))
                        .map(i -> new Alert(i.id(), i.kind(), i.level())),
                log.unsettled());
    }
}
