package org.propertydesk.adapters.jdbc.canary;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A helper of the JDBC adapter (unannotated). Obeys every rule; {@code GrpcCanaryService} misuses it. */
public final class JdbcRowMapper {

    public String firstColumn(ResultSet row) throws SQLException {
        return row.getString(1);
    }
}
