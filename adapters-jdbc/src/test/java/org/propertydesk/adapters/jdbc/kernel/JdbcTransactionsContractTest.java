package org.propertydesk.adapters.jdbc.kernel;

import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.propertydesk.application.kernel.Transactions;
import org.propertydesk.testkit.kernel.TransactionsContract;

/**
 * {@link JdbcTransactions} keeps the test kit's {@link TransactionsContract}, its rollback checks
 * included, on H2, PostgreSQL and MariaDB: the probe writes markers into a table of a fresh
 * database through the unit of work's connection and reads them back on a connection of its own.
 */
@DisplayName("JdbcTransactions keeps the Transactions contract, rollback checks included")
class JdbcTransactionsContractTest {

    abstract static class On extends TransactionsContract {
        private final TestDatabase database;
        private final List<TestDatabase.Fresh> opened = new ArrayList<>();
        private DataSource dataSource;

        On(TestDatabase database) {
            this.database = database;
        }

        @Override
        protected Transactions newTransactions() {
            TestDatabase.Fresh fresh = database.fresh();
            opened.add(fresh);
            dataSource = fresh.dataSource();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create table pd_probe_marker (marker varchar(64) primary key)");
            } catch (SQLException e) {
                throw new DatabaseFailure("create probe table", e);
            }
            return JdbcTransactions.over(dataSource);
        }

        @Override
        protected Option<UnitOfWorkProbe> probe(Transactions transactions) {
            JdbcTransactions jdbc = (JdbcTransactions) transactions;
            DataSource outside = dataSource;
            return Option.some(new UnitOfWorkProbe() {
                @Override
                public void write(String marker) {
                    try (PreparedStatement insert = jdbc.connection().prepareStatement("insert into pd_probe_marker (marker) values (?)")) {
                        insert.setString(1, marker);
                        insert.executeUpdate();
                    } catch (SQLException e) {
                        throw new DatabaseFailure("write probe marker", e);
                    }
                }

                @Override
                public boolean committed(String marker) {
                    try (Connection connection = outside.getConnection();
                            PreparedStatement select = connection.prepareStatement("select count(*) from pd_probe_marker where marker = ?")) {
                        select.setString(1, marker);
                        try (ResultSet rows = select.executeQuery()) {
                            rows.next();
                            return rows.getInt(1) == 1;
                        }
                    } catch (SQLException e) {
                        throw new DatabaseFailure("read probe marker", e);
                    }
                }
            });
        }

        @AfterEach
        void dropDatabases() {
            opened.forEach(TestDatabase.Fresh::close);
            opened.clear();
        }
    }

    @Nested
    @DisplayName("on H2")
    class OnH2 extends On {
        OnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    class OnPostgres extends On {
        OnPostgres() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    class OnMariaDb extends On {
        OnMariaDb() {
            super(TestDatabase.MARIADB);
        }
    }
}
