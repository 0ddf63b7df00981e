package org.propertydesk.domain.complaint;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** Who is at fault for the matter, as established at intake (R-CO-1). */
public sealed interface Cause {

    /** The company failed its duty or broke its rules (失职、违规): the complaint is effective. */
    @ValueObject
    record CompanyFailure() implements Cause {}

    /** A municipal utility (water, power, gas, roads, post, telecom): the office explains and liaises. */
    @ValueObject
    record MunicipalUtility(Utility utility) implements Cause {
        public MunicipalUtility {
            Objects.requireNonNull(utility, "utility");
        }
    }

    /** Nobody's failure: the resident needs help, asks something or is unhappy. */
    @ValueObject
    record NoFault() implements Cause {}
}
