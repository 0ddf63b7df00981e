package org.propertydesk.adapters.jdbc.complaint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;

/**
 * One migrated database shared by every try of a property: opened on the first try, dropped when
 * the property ends (an H2 one shut down, so its memory goes too).
 */
final class OneDatabase {

    private TestDatabase database;
    private TestDatabase.Fresh fresh;
    private PropertyDeskJdbc jdbc;

    PropertyDeskJdbc on(TestDatabase wanted) {
        if (jdbc == null) {
            database = wanted;
            fresh = wanted.fresh();
            jdbc = PropertyDeskJdbc.on(fresh.dataSource()).migrate();
        }
        if (database != wanted) {
            throw new IllegalStateException("one property, one database: " + database + " is open, not " + wanted);
        }
        return jdbc;
    }

    void close() {
        if (fresh == null) {
            return;
        }
        if (database == TestDatabase.H2) {
            try (Connection connection = fresh.dataSource().getConnection(); Statement shutdown = connection.createStatement()) {
                shutdown.execute("shutdown");
            } catch (SQLException e) {
                throw new IllegalStateException("could not shut the H2 database down", e);
            }
        }
        fresh.close();
        fresh = null;
        jdbc = null;
    }
}
