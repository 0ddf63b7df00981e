package org.propertydesk.domain.complaint;

import java.util.Objects;
import org.propertydesk.domain.kernel.Rule;
import org.propertydesk.domain.kernel.StateMachine;

/**
 * The procedure a complaint follows, by class: effective (R-CO-2) or communicative (R-CO-3). Both
 * are declared once as data here; a complaint asks its procedure's machine before every step, so
 * no step is skipped and nothing closes without a return visit (R-CO-7).
 */
public sealed interface Procedure {

    String DETERMINE_NATURE = "determine nature";
    String DETERMINE_DEPARTMENT = "determine responsible department";
    String HEAD_ARRIVES = "department head arrives on site";
    String HEAD_HANDLES = "department head handles";
    String RETURN_VISIT = "return visit (satisfied)";
    String RETURN_VISIT_DISSATISFIED = "return visit (dissatisfied)";
    String CLOSE = "close";
    String CONFIRM_IDENTITY = "confirm identity";
    String CHECK_PAYMENT_STATUS = "check payment status";
    String REFER_OR_ANSWER = "refer to department or answer";

    /**
     * R-CO-2: record → nature → responsible department → its head on site → the head handles →
     * return visit → closed. A dissatisfied return visit sends the head back to handle it again
     * (客户不满意继续督导相关单位改进服务).
     */
    StateMachine<EffectiveStep> EFFECTIVE = StateMachine.named("effective complaint", EffectiveStep.class, EffectiveStep.RECORDED)
            .on(EffectiveStep.RECORDED, DETERMINE_NATURE, EffectiveStep.NATURE_DETERMINED)
            .on(EffectiveStep.NATURE_DETERMINED, DETERMINE_DEPARTMENT, EffectiveStep.DEPARTMENT_DETERMINED)
            .on(EffectiveStep.DEPARTMENT_DETERMINED, HEAD_ARRIVES, EffectiveStep.HEAD_ON_SITE)
            .on(EffectiveStep.HEAD_ON_SITE, HEAD_HANDLES, EffectiveStep.HANDLED_BY_HEAD)
            .on(EffectiveStep.HANDLED_BY_HEAD, RETURN_VISIT, EffectiveStep.RETURN_VISITED)
            .on(EffectiveStep.HANDLED_BY_HEAD, RETURN_VISIT_DISSATISFIED, EffectiveStep.HEAD_ON_SITE)
            .on(EffectiveStep.RETURN_VISITED, CLOSE, EffectiveStep.CLOSED)
            .build();

    /**
     * R-CO-3: record → confirm identity → check payment status → refer or answer → return visit →
     * closed. A dissatisfied return visit does not stay here: the complaint escalates to the
     * effective procedure (R-CO-5).
     */
    StateMachine<CommunicativeStep> COMMUNICATIVE = StateMachine.named(
                    "communicative complaint", CommunicativeStep.class, CommunicativeStep.RECORDED)
            .on(CommunicativeStep.RECORDED, CONFIRM_IDENTITY, CommunicativeStep.IDENTITY_CONFIRMED)
            .on(CommunicativeStep.IDENTITY_CONFIRMED, CHECK_PAYMENT_STATUS, CommunicativeStep.PAYMENT_STATUS_CHECKED)
            .on(CommunicativeStep.PAYMENT_STATUS_CHECKED, REFER_OR_ANSWER, CommunicativeStep.REFERRED_OR_ANSWERED)
            .on(CommunicativeStep.REFERRED_OR_ANSWERED, RETURN_VISIT, CommunicativeStep.RETURN_VISITED)
            .on(CommunicativeStep.RETURN_VISITED, CLOSE, CommunicativeStep.CLOSED)
            .build();

    /** The procedure a freshly recorded complaint of this class starts in. */
    static Procedure startFor(Classification classification) {
        return classification.isEffective()
                ? new Effective(EffectiveStep.RECORDED)
                : new Communicative(CommunicativeStep.RECORDED);
    }

    /** The step as a name, e.g. {@code HEAD_ON_SITE}. */
    String step();

    boolean allows(String action);

    /** The procedure after {@code action}; only call when {@link #allows} says so. */
    Procedure after(String action);

    boolean isClosed();

    boolean isEffective();

    /** The rule whose procedure this is. */
    Rule rule();

    /** In the effective procedure (R-CO-2). */
    record Effective(EffectiveStep at) implements Procedure {
        public Effective {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String step() {
            return at.name();
        }

        @Override
        public boolean allows(String action) {
            return EFFECTIVE.allows(at, action);
        }

        @Override
        public Procedure after(String action) {
            return new Effective(EFFECTIVE.target(at, action).getOrElseThrow(() -> new IllegalStateException(action)));
        }

        @Override
        public boolean isClosed() {
            return at == EffectiveStep.CLOSED;
        }

        @Override
        public boolean isEffective() {
            return true;
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_2;
        }
    }

    /** In the communicative procedure (R-CO-3). */
    record Communicative(CommunicativeStep at) implements Procedure {
        public Communicative {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String step() {
            return at.name();
        }

        @Override
        public boolean allows(String action) {
            return COMMUNICATIVE.allows(at, action);
        }

        @Override
        public Procedure after(String action) {
            return new Communicative(COMMUNICATIVE.target(at, action).getOrElseThrow(() -> new IllegalStateException(action)));
        }

        @Override
        public boolean isClosed() {
            return at == CommunicativeStep.CLOSED;
        }

        @Override
        public boolean isEffective() {
            return false;
        }

        @Override
        public Rule rule() {
            return Rule.R_CO_3;
        }
    }
}
