package org.propertydesk.domain.complaint;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A proposed class for a complaint's text, with the facts read from it and the matched words as
 * evidence (R-CO-1). The desk decides; the suggestion is never the record.
 */
@ValueObject
public record Suggestion(Classification classification, Subject subject, Cause cause, Ask ask, Seq<Evidence> evidence) {

    public Suggestion {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A term found in the text and what it said about the complaint. */
    @ValueObject
    public record Evidence(String term, Seq<Lexicon.Label> labels) {
        public Evidence {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(labels, "labels");
        }
    }
}
