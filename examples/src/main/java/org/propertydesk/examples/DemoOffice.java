package org.propertydesk.examples;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.propertydesk.application.handover.ShiftChange;
import org.propertydesk.domain.complaint.ComplainantId;
import org.propertydesk.domain.complaint.ComplaintPolicy;
import org.propertydesk.domain.complaint.PaymentStanding;
import org.propertydesk.domain.kernel.BusinessCalendar;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;
import org.propertydesk.domain.kernel.WorkingHours;
import org.propertydesk.domain.risk.KeyRecipients;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.domain.roster.Shift;
import org.propertydesk.domain.roster.ShiftPattern;
import org.propertydesk.domain.roster.Staffing;

/**
 * One management office set up on an {@link EmbeddedDesk}: 翠湖花园管理处 in Shanghai, with its
 * staff from company leadership down to the guards, cleaners and the repairer, each with one direct
 * superior (K-4); the 2026 statutory holidays and make-up working days on its calendar (K-3); its
 * complaint deadlines from the service plan (R-CO-4); the fee standings its ledger reports (R-CO-3);
 * its shops and key units (R-RN-7); and the three posts its rosters plan.
 *
 * <p>Seeding is idempotent: every id is derived from the office id, and everything seeded is
 * defined-or-replaced, so seeding the same office again on the same database changes nothing.
 * Seed another office id for a second office. Nothing here prints.
 *
 * @param guards      the four security officers who rotate through the lobby's three shifts
 * @param reserveGuard the fifth, who strengthens the lobby's day shift on statutory holidays
 * @param inArrears   a unit whose owner is behind with the management fee
 * @param upToDate    a unit whose owner has paid
 */
public record DemoOffice(
        OfficeId office,
        StaffId leader,
        StaffId manager,
        StaffId customerRelations,
        StaffId serviceSupervisor,
        StaffId securitySupervisor,
        StaffId engineeringSupervisor,
        StaffId cleaningLead,
        StaffId recordsKeeper,
        StaffId scheduler,
        StaffId assistant,
        StaffId secondAssistant,
        Seq<StaffId> guards,
        StaffId reserveGuard,
        StaffId repairer,
        StaffId cleaner,
        PostId lobby,
        PostId frontDesk,
        PostId dutyManagerPost,
        ComplainantId inArrears,
        ComplainantId upToDate) {

    public static final String NAME = "翠湖花园管理处";
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public DemoOffice {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(guards, "guards");
    }

    /** Sets up the office {@code office} on {@code desk}, or sets it up again unchanged. */
    public static DemoOffice seed(EmbeddedDesk desk, OfficeId office) {
        Objects.requireNonNull(desk, "desk");
        DemoOffice demo = of(office);
        desk.transactions().inTransaction(() -> {
            demo.staff().forEach(desk.directory()::register);
            desk.defineCalendar(office, calendar2026());
            return null;
        });
        desk.defineComplaintPolicy(office, ComplaintPolicy.servicePlan());
        desk.recordPaymentStanding(office, demo.inArrears(), PaymentStanding.IN_ARREARS);
        desk.recordPaymentStanding(office, demo.upToDate(), PaymentStanding.UP_TO_DATE);
        desk.defineKeyRecipients(office, new KeyRecipients(TreeSet.of("翠湖便利店", "好味面包房"), TreeSet.of("社区卫生服务站", "翠湖幼儿园")));
        return demo;
    }

    /** The office's ids, derived from {@code office} alone; nothing is stored. */
    public static DemoOffice of(OfficeId office) {
        Objects.requireNonNull(office, "office");
        return new DemoOffice(
                office,
                staffId(office, "leader"),
                staffId(office, "manager"),
                staffId(office, "customer-relations"),
                staffId(office, "service-supervisor"),
                staffId(office, "security-supervisor"),
                staffId(office, "engineering-supervisor"),
                staffId(office, "cleaning-lead"),
                staffId(office, "records-keeper"),
                staffId(office, "scheduler"),
                staffId(office, "assistant"),
                staffId(office, "second-assistant"),
                List.of(staffId(office, "guard-1"), staffId(office, "guard-2"), staffId(office, "guard-3"), staffId(office, "guard-4")),
                staffId(office, "reserve-guard"),
                staffId(office, "repairer"),
                staffId(office, "cleaner"),
                new PostId(derived(office, "post/lobby")),
                new PostId(derived(office, "post/front-desk")),
                new PostId(derived(office, "post/duty-manager")),
                new ComplainantId("3-1201"),
                new ComplainantId("5-0302"));
    }

    /** Everyone on the office's staff, leadership first; every member but the leader has a superior here. */
    public Seq<StaffMember> staff() {
        return List.of(
                        member(leader, "周建国", Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR, Option.none()),
                        member(manager, "刘志强", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, Option.some(leader)),
                        member(customerRelations, "林慧", Role.CUSTOMER_RELATIONS_SUPERVISOR, Department.CUSTOMER_SERVICE, Option.some(manager)),
                        member(serviceSupervisor, "陈静", Role.SUPERVISOR, Department.CUSTOMER_SERVICE, Option.some(manager)),
                        member(securitySupervisor, "孙海", Role.SUPERVISOR, Department.SECURITY, Option.some(manager)),
                        member(engineeringSupervisor, "赵建华", Role.SUPERVISOR, Department.ENGINEERING, Option.some(manager)),
                        member(cleaningLead, "吴秀英", Role.SUPERVISOR, Department.CLEANING, Option.some(manager)),
                        member(recordsKeeper, "何丽", Role.SUPERVISOR, Department.ADMINISTRATION_HR, Option.some(manager))
                                .withClearance(ClearanceLevel.SECRET),
                        member(scheduler, "张敏", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, Option.some(serviceSupervisor)),
                        member(assistant, "王芳", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, Option.some(serviceSupervisor)),
                        member(secondAssistant, "李娜", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, Option.some(serviceSupervisor)))
                .appendAll(guards.zip(List.of("张伟", "李强", "王军", "赵磊"))
                        .map(guard -> member(guard._1, guard._2, Role.SECURITY_OFFICER, Department.SECURITY, Option.some(securitySupervisor))))
                .append(member(reserveGuard, "刘洋", Role.SECURITY_OFFICER, Department.SECURITY, Option.some(securitySupervisor)))
                .append(member(repairer, "李明", Role.REPAIRER, Department.ENGINEERING, Option.some(engineeringSupervisor)))
                .append(member(cleaner, "郑桂兰", Role.CLEANER, Department.CLEANING, Option.some(cleaningLead)));
    }

    /**
     * The posts the office's rosters plan: the lobby around the clock in three shifts (R-RO-1), one
     * guard a shift and two on the day shift of a statutory holiday (加强值班, R-RO-5); the front desk
     * in office hours on working days, make-up days included, covered through lunch (R-RO-2); and a
     * manager on duty every day (R-RO-3).
     */
    public Seq<Post> posts() {
        Shift office = Shift.of("O", LocalTime.of(8, 30), LocalTime.of(17, 30)).withMealBreak(LocalTime.of(12, 0), LocalTime.of(12, 30));
        return List.of(
                Post.roundTheClock(lobby, "大堂岗", Department.SECURITY, securitySupervisor, 1, 1).withStaffing("D", Staffing.of(1, 2)),
                Post.officeHours(frontDesk, "前台", Department.CUSTOMER_SERVICE, serviceSupervisor, ShiftPattern.of(office), 1),
                Post.dutyManager(dutyManagerPost, manager, Department.CUSTOMER_SERVICE, Shift.of("M", LocalTime.of(8, 0), LocalTime.of(17, 0))));
    }

    /**
     * The lobby's 08:00 shift change on 国庆节 (Thu 1 October 2026), as the roster of the day at the
     * desk has it: the first guard ends the night shift, the second begins the day shift. What a
     * scheduling system tells the handover desk; the reference server's demo mode schedules it.
     */
    public ShiftChange holidayShiftChange() {
        return new ShiftChange(lobby, Department.SECURITY, guards.get(0), guards.get(1),
                LocalDate.of(2026, 10, 1).atTime(8, 0).atZone(ZONE).toInstant());
    }

    /**
     * 2026 in Shanghai: 08:30–17:30 with lunch 12:00–13:30, weekends off, and the State Council's
     * holidays with their make-up working days (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04).
     */
    public static BusinessCalendar calendar2026() {
        return BusinessCalendar.in(ZONE)
                .hours(WorkingHours.of(LocalTime.of(8, 30), LocalTime.of(17, 30)).withBreak(LocalTime.of(12, 0), LocalTime.of(13, 30)))
                .holidays(date(1, 1), date(1, 3)).makeUpWorkingDay(date(1, 4))                                  // 元旦
                .holidays(date(2, 15), date(2, 23)).makeUpWorkingDay(date(2, 14)).makeUpWorkingDay(date(2, 28)) // 春节
                .holidays(date(4, 4), date(4, 6))                                                               // 清明节
                .holidays(date(5, 1), date(5, 5)).makeUpWorkingDay(date(5, 9))                                  // 劳动节
                .holidays(date(6, 19), date(6, 21))                                                             // 端午节
                .holidays(date(9, 25), date(9, 27))                                                             // 中秋节
                .holidays(date(10, 1), date(10, 7)).makeUpWorkingDay(date(9, 20)).makeUpWorkingDay(date(10, 10)) // 国庆节
                .build();
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private StaffMember member(StaffId id, String name, Role role, Department department, Option<StaffId> superior) {
        return StaffMember.of(id, office, name, role, department, superior)
                .getOrElseThrow(refused -> new IllegalStateException("the demo office's staff is invalid: " + refused));
    }

    private static StaffId staffId(OfficeId office, String key) {
        return new StaffId(derived(office, "staff/" + key));
    }

    /** The same id for the same office and key, on every run: what makes seeding idempotent. */
    private static UUID derived(OfficeId office, String key) {
        return UUID.nameUUIDFromBytes(("propertydesk-demo/" + office + "/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
