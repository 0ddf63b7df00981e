package org.propertydesk.adapters.jdbc.confidentiality.canary;

import org.propertydesk.domain.firstcontact.canary.FirstContactCanary;

/**
 * Trips context isolation inside an adapter module: the confidentiality context of the JDBC
 * adapter reaches into the first-contact context of the domain.
 */
public final class JdbcConfidentialityCanary {

    public String store(FirstContactCanary request) {
        return request.value();
    }
}
