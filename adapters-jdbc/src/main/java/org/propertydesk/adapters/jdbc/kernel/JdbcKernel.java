package org.propertydesk.adapters.jdbc.kernel;

import org.propertydesk.application.kernel.AuditTrail;
import org.propertydesk.application.kernel.Calendar;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.application.kernel.Idempotency;
import org.propertydesk.application.kernel.Outbox;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.OfficeId;

/** The shared kernel's ports on JDBC, all working inside the same units of work. */
public final class JdbcKernel {

    private final JdbcDirectory directory;
    private final JdbcCalendar calendar;
    private final JdbcAuditTrail auditTrail;
    private final JdbcOutbox outbox;
    private final JdbcIdempotency idempotency;

    private JdbcKernel(JdbcTransactions transactions) {
        Sql sql = new Sql(transactions);
        this.directory = new JdbcDirectory(sql);
        this.calendar = new JdbcCalendar(sql);
        this.auditTrail = new JdbcAuditTrail(sql, transactions);
        this.outbox = new JdbcOutbox(sql, transactions);
        this.idempotency = new JdbcIdempotency(sql);
    }

    public static JdbcKernel over(JdbcTransactions transactions) {
        return new JdbcKernel(transactions);
    }

    public Directory directory() {
        return directory;
    }

    public Calendar calendar() {
        return calendar;
    }

    /** Defines or replaces an office's business calendar. */
    public void defineCalendar(OfficeId office, BusinessCalendar businessCalendar) {
        calendar.define(office, businessCalendar);
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Idempotency idempotency() {
        return idempotency;
    }
}
