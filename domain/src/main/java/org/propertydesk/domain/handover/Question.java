package org.propertydesk.domain.handover;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.propertydesk.domain.kernel.StaffId;

/** A question the incoming person raised and, once given, its clear answer (R-HO-6). */
@ValueObject
public record Question(QuestionId id, String text, StaffId askedBy, Instant askedAt, Option<Answer> answer) {

    /** Who answered (the outgoing person, or the superior a refusal went to) and what. */
    @ValueObject
    public record Answer(StaffId by, String text, Instant at) {
        public Answer {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }
    }

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(answer, "answer");
    }

    public boolean answered() {
        return answer.isDefined();
    }

    Question answeredBy(StaffId by, String text, Instant at) {
        return new Question(id, this.text, askedBy, askedAt, Option.some(new Answer(by, text, at)));
    }
}
