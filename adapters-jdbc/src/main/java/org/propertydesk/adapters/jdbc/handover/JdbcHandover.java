package org.propertydesk.adapters.jdbc.handover;

import org.propertydesk.adapters.jdbc.kernel.JdbcTransactions;
import org.propertydesk.adapters.jdbc.kernel.Sql;
import org.propertydesk.application.handover.DutyLogs;
import org.propertydesk.application.handover.DutySchedule;
import org.propertydesk.application.handover.Handovers;
import org.propertydesk.application.handover.Incidents;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.domain.kernel.OfficeId;

/** The shift-handover context's ports on JDBC, all working inside the same units of work. */
public final class JdbcHandover {

    private final JdbcHandovers handovers;
    private final JdbcDutyLogs dutyLogs;
    private final JdbcIncidents incidents;
    private final JdbcDutySchedule dutySchedule;

    private JdbcHandover(JdbcTransactions transactions) {
        Sql sql = new Sql(transactions);
        this.handovers = new JdbcHandovers(sql);
        this.dutyLogs = new JdbcDutyLogs(sql);
        this.incidents = new JdbcIncidents(sql);
        this.dutySchedule = new JdbcDutySchedule(sql);
    }

    public static JdbcHandover over(JdbcTransactions transactions) {
        return new JdbcHandover(transactions);
    }

    public Handovers handovers() {
        return handovers;
    }

    public DutyLogs dutyLogs() {
        return dutyLogs;
    }

    public Incidents incidents() {
        return incidents;
    }

    public DutySchedule dutySchedule() {
        return dutySchedule;
    }

    /**
     * Writes a change of shift into the office's duty schedule, replacing the one the post had at
     * the same instant: the integrator feeds the schedule from its rosters or scheduling system.
     */
    public void schedule(OfficeId office, ShiftChange change) {
        dutySchedule.schedule(office, change);
    }
}
