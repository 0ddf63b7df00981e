package org.propertydesk.application.confidentiality;

import java.util.Objects;
import org.propertydesk.domain.confidentiality.ClassificationPolicy;
import org.propertydesk.domain.confidentiality.LoanPolicy;
import org.propertydesk.domain.confidentiality.RetentionPolicy;

/** The records office's numbers in one place, each with DOMAIN.md's defaults and replaceable. */
public record RecordsPolicies(ClassificationPolicy classification, LoanPolicy loans, RetentionPolicy retention) {

    public RecordsPolicies {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(loans, "loans");
        Objects.requireNonNull(retention, "retention");
    }

    public static RecordsPolicies defaults() {
        return new RecordsPolicies(ClassificationPolicy.defaults(), LoanPolicy.defaults(), RetentionPolicy.defaults());
    }
}
