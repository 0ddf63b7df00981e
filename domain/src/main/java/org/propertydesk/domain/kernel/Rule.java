package org.propertydesk.domain.kernel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rulebook as data: every rule PropertyDesk enforces, with its id, a one-line summary and the
 * manual section it comes from. Rejections name one of these constants, never a free-text id, so
 * rule → code → test can be traced mechanically.
 */
public enum Rule {
    K_1("K-1", "Tenancy", "Every record belongs to one management office; ids are office-scoped and nothing crosses offices except explicit escalation to the office manager or company.", Manual.M000, "第1章 客户服务部内部管理 · 章首概述(客户服务部是管理处对业户提供直接服务的部门;无明文租户规则);跨管理部上报见004 首问责任制实施细则 · 客户关系主管"),
    K_2("K-2", "Standard time", "Every timestamp must be an instant on one national standard clock taken from a Clock port, with calendar rules evaluated in the office's time zone.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.8 客户服务部交接班管理规定 · 1.交接班统一管理规定 (1)"),
    K_3("K-3", "Business calendar", "Each office keeps a calendar of hours, weekends, holidays and make-up days; hour deadlines run wall-clock and working-day deadlines skip non-working days.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.13 客户服务部考勤管理制度 (6);工作日时限见003 小区物业服务管理方案 · 二、服务基本要求 5"),
    K_4("K-4", "Roles and departments", "Every staff member holds one defined role in one department (customer service, security, engineering, cleaning, etc.) and has exactly one direct superior.", Manual.M000, "第1章 客户服务部内部管理 · 1.1.2 客户服务部岗位职责说明与工作规程;操作人员、客户关系主管见004 首问责任制实施细则 · 实施方式"),
    R_RO_1("R-RO-1", "Shifts", "An office runs a configurable three-shift system by default, and a round-the-clock post's shifts for a day must tile 24 h with no gap and no overlap.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.13 客户服务部考勤管理制度 (8)"),
    R_RO_2("R-RO-2", "Coverage", "A roster is rejected, naming post and interval, if any post falls below its per-shift minimum staffing at any moment, meal breaks included.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.11 客户服务部办公管理制度 (5)"),
    R_RO_3("R-RO-3", "Duty manager", "Every day must have a manager on duty who handles emergencies and fills in the duty record (who, start and end time, what happened, result).", Manual.M000, "第1章 客户服务部内部管理 · 1.2.7 客户服务部值班管理规定 (2) 1)–6)"),
    R_RO_4("R-RO-4", "No double booking", "Nobody may be rostered on two posts at overlapping times, and rosters must respect the configured rest between shifts and maximum consecutive night shifts.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.13 客户服务部考勤管理制度(最接近的排班条款;未见禁止兼岗、班间休息或连续夜班的明文规定)"),
    R_RO_5("R-RO-5", "Publication lead time", "Next month's roster must be published by the 25th, and a statutory-holiday roster at least 7 days ahead with a raised minimum staffing on those days.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.13 客户服务部考勤管理制度 (3)(4)(6);加强值班见1.2.7 客户服务部值班管理规定 (2) 9)"),
    R_RO_6("R-RO-6", "Changes", "A published roster changes only on an approved advance request, issuing a new version to those affected and withdrawing the old one, which stays read-only.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.13 客户服务部考勤管理制度 (5)(7);病假见1.2.1 客户服务部员工守则 (5) 22)"),
    R_RO_7("R-RO-7", "Leaving a post", "Staff may leave a post only with the duty supervisor's consent and after a relief has arrived; otherwise it is recorded as leaving the post.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.3 客户服务部员工当值的工作态度和纪律 · (2)纪律 6)"),
    R_HO_1("R-HO-1", "Log entries", "Every duty-log matter must state its cause, course and result, and an entry missing any of the three is rejected.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.8 客户服务部交接班管理规定 · 1.交接班统一管理规定 (2)"),
    R_HO_2("R-HO-2", "What must be handed over", "A handover must cover the shift's major matters (handled or not), superiors' instructions, unfinished work, public-area repair status and all shared items.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.8 客户服务部交接班管理规定 · 1.交接班统一管理规定 (3)–(6)"),
    R_HO_3("R-HO-3", "Handover blocked", "Handover is refused, naming every reason, while a major incident is open, major equipment starts or stops, preparation is incomplete or the incomer is unfit.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.8 客户服务部交接班管理规定 · 1.交接班统一管理规定 (7)"),
    R_HO_4("R-HO-4", "Timing", "The incoming person must arrive at least 5 minutes before the shift and the outgoing one prepare from 15 minutes before; early or late arrival is recorded.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.8 客户服务部交接班管理规定 · 2.接班管理规定 (1);3.交班管理规定 (1)"),
    R_HO_5("R-HO-5", "Face-to-face count", "Items must be counted face to face; damage or loss is explained and recorded, and equipment and receipts must match the handover register or be verified.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.8 客户服务部交接班管理规定 · 1.交接班统一管理规定 (5);2.接班管理规定 (2)(7)"),
    R_HO_6("R-HO-6", "Questions and refusal", "The incoming person may question the outgoing one and may refuse to take over, referring the matter to a superior, if no clear answer is given.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.8 客户服务部交接班管理规定 · 2.接班管理规定 (6);3.交班管理规定 (6)"),
    R_HO_7("R-HO-7", "Sign-off", "A handover completes only when both sign; the outgoing person stays until the incomer has arrived, checked and signed, and responsibility then passes on.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.8 客户服务部交接班管理规定 · 3.交班管理规定 (3)(5);接班后责任转移见1.2.4 客户服务部对讲机的使用及管理规定 (2)"),
    R_HO_8("R-HO-8", "Close out first", "The outgoing person must close the day's dispatch orders and coordination forms first; an unresolved matter passes on only as an open item with a reason.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.8 客户服务部交接班管理规定 · 3.交班管理规定 (4)(7);1.2.7 客户服务部值班管理规定 (2) 16)"),
    R_CO_1("R-CO-1", "Classification", "Each complaint must be classed effective (company failure or breach) or communicative (help-seeking, consulting, venting); utility complaints are communicative.", Manual.M001, "前台操作的第一部分 · 一、接收业主(居民)投诉 (1)(2);市政设施投诉见002 接待来信来访来电投诉制度 第7条"),
    R_CO_2("R-CO-2", "Effective procedure", "An effective complaint must go: record, nature, responsible department, department head on site, head-led handling, then a return visit.", Manual.M001, "前台操作的第一部分 · 一、接收业主(居民)投诉 · 投诉处理程序"),
    R_CO_3("R-CO-3", "Communicative procedure", "A communicative complaint must go: record, confirm identity, check the complainant's payment status, notify the department or reply, then a return visit.", Manual.M001, "前台操作的第一部分 · 一、接收业主(居民)投诉 · 沟通投诉处理程序"),
    R_CO_4("R-CO-4", "Deadlines", "Each office's deadline policy governs complaints (default: handled or answered within 24 h) and repairs on its calendar, and states when clocks pause.", Manual.M002, "接待来信来访来电投诉制度 第6条;服务计划预设见003 小区物业服务管理方案 · 二、服务基本要求 5 及 物业服务方案完整版 · 1.2.4"),
    R_CO_5("R-CO-5", "Escalation", "A communicative complaint is reclassified as effective, trigger recorded, when its deadline passes, the return visit is unsatisfied or the same matter recurs.", Manual.M001, "前台操作的第一部分 · 一、接收业主(居民)投诉(沟通投诉处理不当,就会变成有效投诉)"),
    R_CO_6("R-CO-6", "No rash promises", "Staff must not promise anything beyond the service contract, and a reply that carries a commitment needs the office manager's approval.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.12 客户服务部部门安全管理制度及措施 · 2.客户服务部风险防范措施 · (1)契约风险防范措施 5)6);另见001 前台操作 · 一、接收业主(居民)投诉"),
    R_CO_7("R-CO-7", "Handled rate", "Every complaint must be closed (100% handled rate), and an important complaint must be reported to the supervisor at once.", Manual.M000, "第1章 客户服务部内部管理 · 1.1.2 客户服务部岗位职责说明与工作规程 · 5.住宅岗客服助理的职责说明 (9)"),
    R_CO_8("R-CO-8", "Recurring problems", "A matter recurring N times in the same category and location within a window must raise a recurring-problem signal for root-cause work.", Manual.M002, "接待来信来访来电投诉制度 第9条"),
    R_CO_9("R-CO-9", "Records", "Every complaint must be recorded and archived, and complaint records may never be deleted.", Manual.M002, "接待来信来访来电投诉制度 第10条"),
    R_FC_1("R-FC-1", "Owner", "The first employee a customer reaches in person or by phone owns the request until it is resolved or clearly answered, whatever that employee's department.", Manual.M002, "接待来信来访来电投诉制度 第1条;4.管理制度 4.1–4.2;受理范围见004 首问责任制实施细则 · 定义、实施范围"),
    R_FC_2("R-FC-2", "Operators", "Security, cleaning and repair operators must serve a request within their own scope directly and otherwise transfer it to their direct superior.", Manual.M004, "首问责任制实施细则 · 实施方式 · 操作人员"),
    R_FC_3("R-FC-3", "Managers", "Managers answer consultations and in-scope requests directly; others go to the one responsible department's head, or customer relations if unclear or shared.", Manual.M004, "首问责任制实施细则 · 实施方式 · 管理人员"),
    R_FC_4("R-FC-4", "Customer relations", "The customer-relations supervisor names the responsible department, a lead via coordination form if shared, and refers cross-office cases to the office manager.", Manual.M004, "首问责任制实施细则 · 实施方式 · 客户关系主管"),
    R_FC_5("R-FC-5", "Wrong transfer", "A department given a wrongly transferred request must take it on without transferring it again, file a coordination form and reply to the customer itself.", Manual.M004, "首问责任制实施细则 · 实施方式 · 责任部门"),
    R_FC_6("R-FC-6", "Transfer methods", "A transfer must be a phone bridge to the responsible supervisor, a supervisor visit, or, only with the customer's consent, escorting the customer there.", Manual.M004, "首问责任制实施细则 · 服务需求转移方式"),
    R_FC_7("R-FC-7", "Records and closure", "Both the first-contact employee and the receiving department must log the request; first-contact duty ends only once completion time and result are reported.", Manual.M004, "首问责任制实施细则 · 过程与效果控制"),
    R_FC_8("R-FC-8", "Forbidden answers", "A reply containing \"不知道\", \"没办法\", \"不归我管\" or \"这与我无关\" is forbidden and must be rejected.", Manual.M002, "4.管理制度 4.7;另见一、服务态度 第9、11条"),
    R_FC_9("R-FC-9", "Expected time", "The customer must be told the rules, procedure and time limit, given an expected completion time if not done at once, and served within two contacts.", Manual.M002, "4.管理制度 4.6(接待办事)"),
    R_RN_1("R-RN-1", "Risk kinds", "Every service risk must be classified as contract risk, notification risk or conduct risk, each with its own prevention measures.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.12 客户服务部部门安全管理制度及措施 · 2.客户服务部风险防范措施(导语)"),
    R_RN_2("R-RN-2", "Rectification notice", "An owner's or occupant's breach must get a rectification notice whose stub is kept, served with proof through a lawful channel when consequences are serious.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.12 客户服务部部门安全管理制度及措施 · 2.客户服务部风险防范措施 · (2)告知风险防范措施 1)"),
    R_RN_3("R-RN-3", "Arrears", "Long-standing arrears need a lawfully served payment demand within the limitation period (default two years from due date); unserved ones near it are reported.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.12 客户服务部部门安全管理制度及措施 · 2.客户服务部风险防范措施 · (2)告知风险防范措施 2)(有效诉讼期两年);另参照《民法典》第188、195条(三年,催告中断时效)"),
    R_RN_4("R-RN-4", "Rights of others", "Owners, occupants or third parties whose rights a matter touches must be notified before it starts and kept informed while it proceeds.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.12 客户服务部部门安全管理制度及措施 · 2.客户服务部风险防范措施 · (2)告知风险防范措施 3)"),
    R_RN_5("R-RN-5", "Safety warnings", "Safety-relevant places, installations and works must carry warning signs, and a hazardous work order cannot start without a registered warning.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.12 客户服务部部门安全管理制度及措施 · 2.客户服务部风险防范措施 · (2)告知风险防范措施 4)"),
    R_RN_6("R-RN-6", "Force majeure", "Before a typhoon or other force majeure, shops must be written to about outdoor ads and residents warned by posted notice, with a photo of each notice archived.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.12 客户服务部部门安全管理制度及措施 · 2.客户服务部风险防范措施 · (2)告知风险防范措施 5)"),
    R_RN_7("R-RN-7", "Outages", "A planned water or power cut must be posted in advance and written to shops and key units; a municipal cut is posted with the utility's own notice.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.12 客户服务部部门安全管理制度及措施 · 2.客户服务部风险防范措施 · (2)告知风险防范措施 7)"),
    R_RN_8("R-RN-8", "Conduct", "The office must not detain, fine, confine, force registration, keep ID, enter homes uninvited or move the badly hurt; it calls police and preserves the scene.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.12 客户服务部部门安全管理制度及措施 · 2.客户服务部风险防范措施 · (3)行为风险防范措施 1)–6)"),
    R_RN_9("R-RN-9", "Evidence", "Every notice must keep its proof (stub, delivery receipt or photo) for as long as the matter can still be litigated.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.12 客户服务部部门安全管理制度及措施 · 2.客户服务部风险防范措施(最接近条款:(1)契约风险防范措施 7)、(2)告知风险防范措施 1)5)、(4)风险控制 3);未见保存期限的明文规定)"),
    R_CF_1("R-CF-1", "Levels", "Every document has a level, internal < secret < confidential < top secret, and owner and occupant records are secret by default.", Manual.M004, "篇2 物业服务中心保密管理制度 · 3.3 密级分类(“内部”见3.4.2)"),
    R_CF_2("R-CF-2", "Circulation", "Confidential and above circulate only to company leadership, secret to department heads, internal to staff concerned; reading above one's clearance is denied.", Manual.M004, "篇2 物业服务中心保密管理制度 · 3.4 保密措施 3.4.2"),
    R_CF_3("R-CF-3", "Copies", "A classified document may be copied or excerpted only with the approval of someone cleared for its level.", Manual.M004, "篇2 物业服务中心保密管理制度 · 3.4 保密措施 3.4.2;另见篇3 物业服务中心档案管理规程 · 3.4 档案借阅 3.4.2"),
    R_CF_4("R-CF-4", "Borrowing", "Borrowing classified material needs office-manager approval and same-day return; archive loans last at most 7 or 15 days; CCTV needs a written note.", Manual.M004, "篇2 物业服务中心保密管理制度 · 3.4 保密措施 3.4.5;篇3 物业服务中心档案管理规程 · 3.4 档案借阅 3.4.1、3.4.4;监控录像外借见000 1.1.2 · 16.监控员的职责说明 (4)"),
    R_CF_5("R-CF-5", "Return of originals", "Originals and certificates used for a task must be returned within 24 h after it is done, and no copies are kept without a work need.", Manual.M004, "篇2 物业服务中心保密管理制度 · 3.4 保密措施 3.4.6"),
    R_CF_6("R-CF-6", "Destruction", "Destroying an archive requires the office manager's approval, and classified waste must be destroyed, never simply discarded.", Manual.M004, "篇3 物业服务中心档案管理规程 · 3.7 档案销毁;篇2 物业服务中心保密管理制度 · 3.4 保密措施 3.4.8"),
    R_CF_7("R-CF-7", "Retention", "Files of departed staff must be kept at least 2 years, and those of key positions at least 3 years.", Manual.M004, "篇3 物业服务中心档案管理规程 · 3.3 档案保存 3.3.4"),
    R_CF_8("R-CF-8", "Personnel files", "Nobody may read another person's personnel file, and that includes the file's custodians.", Manual.M000, "第1章 客户服务部内部管理 · 1.2.9 客户服务部文件管理制度及规定 · 1.客户服务部文件管理制度 (5)"),
    R_CF_9("R-CF-9", "Audit", "Every access decision, granted or denied, must be written to an append-only audit trail that reveals any tampering.", Manual.M004, "篇3 物业服务中心档案管理规程 · 3.4 档案借阅 3.4.1(登记手续)及 5 记录表单(最接近条款;未见审计追踪的明文规定)"),
    R_CF_10("R-CF-10", "Departure", "A departing employee must hand back everything they hold, and the duty of secrecy continues after employment ends.", Manual.M004, "篇2 物业服务中心保密管理制度 · 3.4 保密措施 3.4.7");

    /** The property-management manuals the rules are distilled from (Chinese originals). */
    public enum Manual {
        M000("物业客户服务培训与管理手册(第2版)第1章 客户服务部内部管理 (customer-service department manual)"),
        M001("前台操作 / 物业客服接待岗的职责和工作标准 (front-desk operations)"),
        M002("客户服务中心管理制度 (customer-service centre rules and first-contact duty)"),
        M003("物业客户服务中心解决方案 (service plans and service-level figures)"),
        M004("某物业服务首问责任制实施细则, 附保密管理制度、档案管理规程 (first-contact detail rules, confidentiality and archives)");

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
