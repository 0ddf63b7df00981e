package org.propertydesk.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.propertydesk.adapters.jdbc.complaint.JdbcComplaint;
import org.propertydesk.adapters.jdbc.confidentiality.JdbcConfidentiality;
import org.propertydesk.adapters.jdbc.firstcontact.JdbcFirstContact;
import org.propertydesk.adapters.jdbc.handover.JdbcHandover;
import org.propertydesk.adapters.jdbc.kernel.Database;
import org.propertydesk.adapters.jdbc.kernel.DatabaseFailure;
import org.propertydesk.adapters.jdbc.kernel.JdbcKernel;
import org.propertydesk.adapters.jdbc.kernel.JdbcTransactions;
import org.propertydesk.adapters.jdbc.risk.JdbcRisk;
import org.propertydesk.adapters.jdbc.roster.JdbcRoster;

/**
 * PropertyDesk on the embedder's {@link DataSource}: migrates its own tables (all prefixed
 * {@code pd_}, history in {@value #HISTORY_TABLE}, so they live beside the embedder's) and hands
 * out the ports' JDBC implementations, all sharing one {@link JdbcTransactions}.
 *
 * <pre>{@code
 * PropertyDeskJdbc jdbc = PropertyDeskJdbc.on(dataSource).migrate();
 * Directory directory = jdbc.kernel().directory();
 * }</pre>
 */
public final class PropertyDeskJdbc {

    /** Flyway's schema-history table for PropertyDesk's migrations. */
    public static final String HISTORY_TABLE = "propertydesk_schema_history";

    private static final String MIGRATIONS = "classpath:org/propertydesk/adapters/jdbc/migration";

    private final DataSource dataSource;
    private final JdbcTransactions transactions;
    private final JdbcKernel kernel;
    private final JdbcConfidentiality confidentiality;
    private final JdbcRisk risk;
    private final JdbcComplaint complaint;
    private final JdbcFirstContact firstContact;
    private final JdbcRoster roster;
    private final JdbcHandover handover;

    private PropertyDeskJdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.transactions = JdbcTransactions.over(dataSource);
        this.kernel = JdbcKernel.over(transactions);
        this.confidentiality = JdbcConfidentiality.over(transactions);
        this.risk = JdbcRisk.over(transactions);
        this.complaint = JdbcComplaint.over(transactions);
        this.firstContact = JdbcFirstContact.over(transactions);
        this.roster = JdbcRoster.over(transactions);
        this.handover = JdbcHandover.over(transactions);
    }

    public static PropertyDeskJdbc on(DataSource dataSource) {
        return new PropertyDeskJdbc(dataSource);
    }

    /** Brings PropertyDesk's tables to the current version; safe to call on every start. */
    public PropertyDeskJdbc migrate() {
        Flyway.configure(PropertyDeskJdbc.class.getClassLoader())
                .dataSource(dataSource)
                .placeholders(Dialect.of(dataSource).placeholders())
                .table(HISTORY_TABLE)
                .locations(MIGRATIONS)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return this;
    }

    public JdbcTransactions transactions() {
        return transactions;
    }

    public JdbcKernel kernel() {
        return kernel;
    }

    public JdbcConfidentiality confidentiality() {
        return confidentiality;
    }

    public JdbcRisk risk() {
        return risk;
    }

    public JdbcComplaint complaint() {
        return complaint;
    }

    public JdbcFirstContact firstContact() {
        return firstContact;
    }

    public JdbcRoster roster() {
        return roster;
    }

    public JdbcHandover handover() {
        return handover;
    }

    /** The few types the three supported databases spell differently. */
    private enum Dialect {
        H2("character large object", "binary large object", "/* default table options */"),
        POSTGRESQL("text", "bytea", "/* default table options */"),
        // Whatever the embedder's database defaults to: every character of Unicode (Chinese
        // names, 𠮷, emoji) and exact, case-sensitive comparison, so 'ABC' and 'abc' are two ids.
        MARIADB("longtext", "longblob", "character set utf8mb4 collate utf8mb4_bin");

        private final String textType;
        private final String binaryType;
        private final String tableOptions;

        Dialect(String textType, String binaryType, String tableOptions) {
            this.textType = textType;
            this.binaryType = binaryType;
            this.tableOptions = tableOptions;
        }

        static Dialect of(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                return switch (Database.of(connection)) {
                    case H2 -> H2;
                    case POSTGRESQL -> POSTGRESQL;
                    case MARIADB -> MARIADB;
                };
            } catch (SQLException e) {
                throw new DatabaseFailure("could not reach the database to migrate it", e);
            }
        }

        Map<String, String> placeholders() {
            return Map.of("text_type", textType, "binary_type", binaryType, "table_options", tableOptions);
        }
    }
}
