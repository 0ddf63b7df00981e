package org.propertydesk.adapters.jdbc.kernel;

import io.vavr.control.Option;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.ConcurrencyConflict;
import org.propertydesk.application.kernel.Idempotency;
import org.propertydesk.application.kernel.RecordedResponse;
import org.propertydesk.application.kernel.RequestId;
import org.propertydesk.domain.kernel.OfficeId;

/**
 * {@link Idempotency} in {@code pd_request}: the primary key (office, request id) lets exactly one
 * answer in; a concurrent second one fails on it and becomes a {@link ConcurrencyConflict}, which
 * rolls back that attempt's whole unit of work.
 */
@SecondaryAdapter
final class JdbcIdempotency implements Idempotency {

    private final Sql sql;

    JdbcIdempotency(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Option<RecordedResponse> recorded(OfficeId office, RequestId request) {
        return sql.query("select operation, response from pd_request where office_id = ? and request_id = ?",
                        row -> new RecordedResponse(row.getString("operation"), row.getBytes("response")),
                        Sql.id(office.value()), request.value())
                .headOption();
    }

    @Override
    public void record(OfficeId office, RequestId request, RecordedResponse response) {
        sql.inUnit("record the answer to a request", connection -> {
            try (PreparedStatement insert = Sql.prepare(connection,
                    "insert into pd_request (office_id, request_id, operation, response) values (?, ?, ?, ?)",
                    Sql.id(office.value()), request.value(), response.operation(), response.response())) {
                insert.executeUpdate();
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    throw new ConcurrencyConflict("offices/" + office + "/requests/" + request, 0);
                }
                throw e;
            }
            return null;
        });
    }
}
