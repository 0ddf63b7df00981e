package org.propertydesk.domain.kernel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rulebook as data: every rule PropertyDesk enforces, with its id, a one-line summary and the
 * manual section it comes from. Rejections name one of these constants, never a free-text id, so
 * rule → code → test can be traced mechanically.
 */
public enum Rule {
    K_1("K-1", "Tenancy", "Every record belongs to one management office (管理处 / 物业服务中心) of a property company.", Manual.M000, ""),
    K_2("K-2", "Standard time", "Every timestamp is an instant on one standard clock (按国家标准时间统一计时);", Manual.M000, ""),
    K_3("K-3", "Business calendar", "Per office: working hours, weekends, statutory holidays (元旦, 春节, 劳动节, 国庆节 …) and make-up working days.", Manual.M000, ""),
    K_4("K-4", "Roles and departments", "Roles: operator (秩序维护员 security, 保洁员 cleaner, 维修员 repairer), customer-service assistant (客服助理, front desk / lobby / residential / clubhouse posts), supervisor or lead (主管 / 领班), customer-relations supervisor (客户关系主管), department manager (部门经理), management-office manager (管理处经理), company leadership (公司领导 / 总经理).", Manual.M000, ""),
    R_RO_1("R-RO-1", "Shifts", "The office runs a three-shift system (三班制) by default;", Manual.M000, ""),
    R_RO_2("R-RO-2", "Coverage", "Every post has a minimum staffing per shift;", Manual.M000, ""),
    R_RO_3("R-RO-3", "Duty manager", "Every day has a manager on duty (部门每天安排管理员进行值班) who handles emergencies and writes the duty record.", Manual.M000, ""),
    R_RO_4("R-RO-4", "No double booking", "Nobody holds two posts at once;", Manual.M000, ""),
    R_RO_5("R-RO-5", "Publication lead time", "Next month's roster is published by the 25th of the month (考勤员每月25日上报考勤, 制订下一个月的排班表).", Manual.M000, ""),
    R_RO_6("R-RO-6", "Changes", "A published roster is not changed at will (排好的班次不可随意改变).", Manual.M000, ""),
    R_RO_7("R-RO-7", "Leaving a post", "Leaving the post (meal, errand) needs the duty supervisor's consent and a relief present first (等待其他接岗员工到达后方可离开);", Manual.M000, ""),
    R_HO_1("R-HO-1", "Log entries", "Each duty-log matter records cause, course and result (原因、经过、结果);", Manual.M000, ""),
    R_HO_2("R-HO-2", "What must be handed over", "Major matters found or arising this shift, handled or not;", Manual.M000, ""),
    R_HO_3("R-HO-3", "Handover blocked", "No handover may take place while: (a) a major or emergency incident is unresolved;", Manual.M000, ""),
    R_HO_4("R-HO-4", "Timing", "The incoming person arrives at least 5 minutes before the shift;", Manual.M000, ""),
    R_HO_5("R-HO-5", "Face-to-face count", "Items are counted face to face.", Manual.M000, ""),
    R_HO_6("R-HO-6", "Questions and refusal", "The incoming person may raise questions;", Manual.M000, ""),
    R_HO_7("R-HO-7", "Sign-off", "The handover completes only when both have signed.", Manual.M000, ""),
    R_HO_8("R-HO-8", "Close out first", "The outgoing person completes the day's dispatch orders (报事派工单) and coordination forms before handing over.", Manual.M000, ""),
    R_CO_1("R-CO-1", "Classification", "An *effective complaint* (有效投诉) is against the company's failure of duty or breach of rules: management services (cleaning, parking and vehicles, security, greening), arbitrary or wrong charges (乱收费), equipment repairs.", Manual.M001, ""),
    R_CO_2("R-CO-2", "Effective procedure", "record → determine nature → determine responsible department → the responsible department head goes to the scene → that head leads the handling → return visit.", Manual.M001, ""),
    R_CO_3("R-CO-3", "Communicative procedure", "record → confirm the complainant's identity → check the complainant's payment status → notify the department or reply → return visit.", Manual.M001, ""),
    R_CO_4("R-CO-4", "Deadlines", "A deadline policy per office, on its business calendar.", Manual.M001, ""),
    R_CO_5("R-CO-5", "Escalation", "A communicative complaint that is mishandled becomes effective: its deadline passes, the complainant is dissatisfied at the return visit, or the same complainant raises the same matter again.", Manual.M001, ""),
    R_CO_6("R-CO-6", "No rash promises", "Staff may not promise anything beyond the service contract (不得随意作出口头承诺);", Manual.M001, ""),
    R_CO_7("R-CO-7", "Handled rate", "Every complaint is closed (100%);", Manual.M001, ""),
    R_CO_8("R-CO-8", "Recurring problems", "A matter that recurs (same category and location, N times within a window) raises a recurring-problem signal for root-cause work (对反复出现的问题…找出解决办法).", Manual.M001, ""),
    R_CO_9("R-CO-9", "Records", "Every complaint is recorded and archived;", Manual.M001, ""),
    R_FC_1("R-FC-1", "Owner", "The first employee a customer reaches, in person or by phone, owns the request — consultation, complaint, help request or business transaction — until it is resolved or clearly answered, whatever their department.", Manual.M004, ""),
    R_FC_2("R-FC-2", "Operators", "Security, cleaning and repair staff serve directly within their own scope;", Manual.M004, ""),
    R_FC_3("R-FC-3", "Managers", "A consultation is answered directly (a phone caller is given the right number;", Manual.M004, ""),
    R_FC_4("R-FC-4", "Customer relations", "The customer-relations supervisor names the responsible department;", Manual.M004, ""),
    R_FC_5("R-FC-5", "Wrong transfer", "A department that receives a wrongly transferred request must still take it on toward the customer and may not transfer it again;", Manual.M004, ""),
    R_FC_6("R-FC-6", "Transfer methods", "(1) a phone bridge between the responsible supervisor and the customer;", Manual.M004, ""),
    R_FC_7("R-FC-7", "Records and closure", "The first-contact employee logs the request in the reception log (接待业主情况记录);", Manual.M004, ""),
    R_FC_8("R-FC-8", "Forbidden answers", "\"不知道\" (I don't know), \"没办法\" (nothing can be done), \"不归我管\" (not my business), \"这与我无关\" (nothing to do with me) are never an answer;", Manual.M004, ""),
    R_FC_9("R-FC-9", "Expected time", "The customer is told the rules, procedure and time limit;", Manual.M004, ""),
    R_RN_1("R-RN-1", "Risk kinds", "Contract risk (契约风险), notification risk (告知风险), conduct risk (行为风险).", Manual.M000, ""),
    R_RN_2("R-RN-2", "Rectification notice", "A breach by an owner or occupant gets a rectification notice (整改通知单) whose stub is kept;", Manual.M000, ""),
    R_RN_3("R-RN-3", "Arrears", "Long-standing arrears get a payment demand served through a legally recognised channel within the limitation period counted from the due date.", Manual.M000, ""),
    R_RN_4("R-RN-4", "Rights of others", "Matters touching the rights of owners, occupants or third parties are notified before they start and as they proceed.", Manual.M000, ""),
    R_RN_5("R-RN-5", "Safety warnings", "Safety-relevant places, installations and works carry warning signs: a hazardous work order cannot start without a registered warning.", Manual.M000, ""),
    R_RN_6("R-RN-6", "Force majeure", "Before a typhoon or similar, shops are written to about outdoor advertising, and a public notice reminds residents of balcony and window-sill items;", Manual.M000, ""),
    R_RN_7("R-RN-7", "Outages", "A planned water or power cut is posted in advance and written to shops and key units;", Manual.M000, ""),
    R_RN_8("R-RN-8", "Conduct", "The office may not detain, fine or confine anyone, force a visitor to register, keep an identity document, enter a home without the owner's or occupant's permission, or move a seriously injured person;", Manual.M000, ""),
    R_RN_9("R-RN-9", "Evidence", "Every notice keeps its proof (stub, delivery receipt, photo) for as long as the matter can be litigated.", Manual.M000, ""),
    R_CF_1("R-CF-1", "Levels", "internal (内部) < secret (秘密) < confidential (机密) < top secret (绝密).", Manual.M004, ""),
    R_CF_2("R-CF-2", "Circulation", "Confidential and above circulate to company leadership;", Manual.M004, ""),
    R_CF_3("R-CF-3", "Copies", "A classified document is copied or excerpted only with the approval of someone cleared for its level.", Manual.M004, ""),
    R_CF_4("R-CF-4", "Borrowing", "Borrowing a classified document needs the office manager's approval and is returned the same day.", Manual.M004, ""),
    R_CF_5("R-CF-5", "Return of originals", "Originals and certificates used for a task are returned within 24 h after the task is done;", Manual.M004, ""),
    R_CF_6("R-CF-6", "Destruction", "Destroying an archive needs the office manager's approval;", Manual.M004, ""),
    R_CF_7("R-CF-7", "Retention", "Files of departed staff are kept at least 2 years, key positions 3 years.", Manual.M004, ""),
    R_CF_8("R-CF-8", "Personnel files", "Nobody reads another person's personnel file, custodians included.", Manual.M004, ""),
    R_CF_9("R-CF-9", "Audit", "Every access decision, granted or denied, is written to an append-only audit trail that reveals any tampering.", Manual.M004, ""),
    R_CF_10("R-CF-10", "Departure", "A departing employee hands back everything they hold;", Manual.M004, "");

    /** The property-management manuals the rules are distilled from (Chinese originals). */
    public enum Manual {
        M000("物业客户服务培训与管理手册 (customer-service department manual)"),
        M001("前台操作 (front-desk operations)"),
        M002("客户服务中心管理制度 (customer-service centre rules and first-contact duty)"),
        M003("物业客户服务中心解决方案 (service plans and service-level figures)"),
        M004("首问责任制实施细则 (first-contact detail rules, confidentiality and archives)");

        private final String title;

        Manual(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final String id;
    private final String title;
    private final String summary;
    private final Manual manual;
    private final String section;

    Rule(String id, String title, String summary, Manual manual, String section) {
        this.id = id;
        this.title = title;
        this.summary = summary;
        this.manual = manual;
        this.section = section;
    }

    /** The rule id as the rulebook writes it, e.g. {@code R-HO-3}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public Manual manual() {
        return manual;
    }

    /** Where in the manual the rule is stated (chapter or heading, in the manual's words). */
    public String section() {
        return section;
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
