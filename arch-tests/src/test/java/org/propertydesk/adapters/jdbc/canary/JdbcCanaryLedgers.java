package org.propertydesk.adapters.jdbc.canary;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import javax.sql.DataSource;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.canary.CanaryLedgers;
import org.propertydesk.domain.canary.CanaryLedger;
import org.propertydesk.domain.canary.CanaryLedgerId;

/**
 * A JDBC adapter as it should be: stereotyped, implementing its port, using JDBC and Jackson,
 * which the JDBC adapter may. Its nested, unannotated implementation is not reported: the
 * stereotype rule is about top-level classes. Obeys every rule.
 */
@SecondaryAdapter
public final class JdbcCanaryLedgers implements CanaryLedgers {

    private final DataSource dataSource;
    private final ObjectMapper mapper = new ObjectMapper();

    public JdbcCanaryLedgers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Option<CanaryLedger> ledger(CanaryLedgerId id) {
        return Option.none();
    }

    public String describe() {
        return dataSource + " " + mapper;
    }

    static final class Cached implements CanaryLedgers {
        @Override
        public Option<CanaryLedger> ledger(CanaryLedgerId id) {
            return Option.none();
        }
    }
}
