package org.propertydesk.adapters.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.propertydesk.adapters.grpc.Identities.Identity;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Role;

/**
 * The access-control matrix of a service: every RPC, called with its valid request by no token, a
 * bad token, a staff member of another office (K-1) and each {@link Identities identity} of the
 * office — one per role (K-4), one per clearance level (R-CF-1, R-CF-2). The subclass declares per
 * RPC who is {@link Grant granted}; a granted caller gets an answer or a domain refusal that is not
 * a denial, everyone else PERMISSION_DENIED, and every PERMISSION_DENIED leaves exactly one new
 * DENIED entry in the audit trail (R-CF-9). A call without a valid token is UNAUTHENTICATED and
 * has no office whose trail could hold it.
 *
 * <p>The world must know the identities' tokens ({@link Identities#staff}) and audit denials
 * ({@link World#denials()}).
 */
public abstract class AccessMatrixContract<W extends EveryRpcContract.World> extends EveryRpcContract<W> {

    /** Who, of the matrix's identities, may call an RPC; {@link #toString()} says it in the rules' words. */
    public record Grant(String says, Predicate<Identity> granted, Status.Code refusal, boolean audited) {

        public Grant(String says, Predicate<Identity> granted) {
            this(says, granted, Status.Code.PERMISSION_DENIED, true);
        }

        /**
         * Those not granted are refused with {@code code} instead of PERMISSION_DENIED, because the
         * rule is worded as a missing approval, not as "not you" ({@code why}); the desk still audits
         * the refusal as a denied access decision.
         */
        public Grant otherwise(Status.Code code, String why) {
            return new Grant(says + ", others " + code + " (" + why + ")", granted, code, true);
        }

        /**
         * The caller acts only for themselves (acknowledges their own roster, leaves their own post):
         * nobody else's record is reached, so nobody is let in; a caller who has nothing to act on is
         * refused with {@code code} ({@code why}) — a rule's answer, not an access decision, and not audited.
         */
        public static Grant onlyForThemselves(Status.Code code, String why) {
            return new Grant("each for themselves, others " + code + " (" + why + ")", identity -> false, code, false);
        }

        /** Any staff member of the office (the office check, K-1, is the only gate). */
        public static Grant anyoneInTheOffice() {
            return new Grant("anyone in the office", identity -> true);
        }

        /** Staff of these roles, whatever their clearance. */
        public static Grant roles(Role... roles) {
            Set<Role> allowed = EnumSet.copyOf(Arrays.asList(roles));
            return new Grant("roles " + allowed, identity -> allowed.contains(identity.role()));
        }

        /** Staff of at least this rank. */
        public static Grant rankAtLeast(Role.Rank rank) {
            return new Grant("rank " + rank + " and above", identity -> identity.role().rank().compareTo(rank) >= 0);
        }

        /** Staff cleared for at least {@code level} (R-CF-2). */
        public static Grant clearedFor(ClearanceLevel level) {
            return new Grant("cleared for " + level, identity -> identity.clearance().compareTo(level) >= 0);
        }

        /** Only a party to the resource (its holder, custodian, borrower …) — none of the matrix's identities. */
        public static Grant onlyTheParty(String party) {
            return new Grant("only " + party, identity -> false);
        }

        public Grant and(Grant other) {
            return new Grant(says + " and " + other.says, granted.and(other.granted), refusal, audited);
        }

        public Grant or(Grant other) {
            return new Grant(says + " or " + other.says, granted.or(other.granted), refusal, audited);
        }

        @Override
        public String toString() {
            return says;
        }
    }

    /** Per RPC of {@link #rpcs()}, who is granted. */
    protected abstract Map<String, Grant> grants();

    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong granted = new AtomicLong();
    private final AtomicLong denied = new AtomicLong();
    private final AtomicLong unauthenticated = new AtomicLong();
    private final AtomicLong audited = new AtomicLong();

    @Test
    void grantTableCoversTheService() {
        assertThat(grants().keySet().stream().sorted().toList()).isEqualTo(RpcCalls.methodNames(service()));
    }

    @ParameterizedTest(name = "{0}: no token and a bad token are UNAUTHENTICATED; a staff member of another office is PERMISSION_DENIED, audited (K-1, R-CF-9)")
    @MethodSource("methods")
    void strangersAreKeptOut(String method) {
        Rpc<W> rpc = rpc(method);
        try (W world = world()) {
            Message request = rpc.request().apply(world);
            for (String token : new String[] {null, "not-a-token"}) {
                long before = world.effects();
                var failure = RpcCalls.failure(world.channel(), method(method), request, token);
                assertThat(failure.code()).as("token " + token).isEqualTo(Status.Code.UNAUTHENTICATED);
                assertThat(world.effects()).isEqualTo(before);
                unauthenticated.incrementAndGet();
                calls.incrementAndGet();
            }
            long before = world.effects();
            long deniedBefore = world.denials();
            var failure = RpcCalls.failure(world.channel(), method(method), request, world.strangerToken());
            assertThat(failure.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(failure.errorInfo()).map(ErrorInfo::getReason).contains("OTHER_OFFICE");
            assertThat(world.denials() - deniedBefore).as("one DENIED audit entry").isEqualTo(1);
            assertThat(world.effects() - before).as("nothing but that entry").isEqualTo(1);
            calls.incrementAndGet();
            denied.incrementAndGet();
            audited.incrementAndGet();
        }
    }

    @ParameterizedTest(name = "{0}: each role and clearance is granted or PERMISSION_DENIED as declared, every denial audited (K-4, R-CF-2, R-CF-9)")
    @MethodSource("methods")
    void eachIdentityAsDeclared(String method) {
        Rpc<W> rpc = rpc(method);
        Grant grant = grants().get(method);
        List<String> wrong = new ArrayList<>();
        for (Identity identity : Identities.ALL) {
            try (W world = world()) {
                Message request = rpc.request().apply(world);
                long deniedBefore = world.denials();
                Status.Code code;
                try {
                    RpcCalls.call(world.channel(), method(method), request, identity.token());
                    code = Status.Code.OK;
                } catch (StatusRuntimeException e) {
                    code = e.getStatus().getCode();
                }
                long newDenials = world.denials() - deniedBefore;
                boolean expectGrant = grant.granted().test(identity);
                calls.incrementAndGet();
                boolean refused = code == Status.Code.PERMISSION_DENIED || (!expectGrant && code == grant.refusal() && grant.audited());
                if (refused) {
                    denied.incrementAndGet();
                    if (newDenials == 1) {
                        audited.incrementAndGet();
                    } else {
                        wrong.add(identity + ": " + code + " left " + newDenials + " DENIED audit entries, not 1");
                    }
                } else {
                    granted.incrementAndGet();
                }
                if (expectGrant && (code == Status.Code.PERMISSION_DENIED || code == Status.Code.UNAUTHENTICATED)) {
                    wrong.add(identity + ": declared granted (" + grant + ") but " + code);
                } else if (!expectGrant && code != grant.refusal()) {
                    wrong.add(identity + ": declared denied (" + grant + ") but " + code);
                }
            }
        }
        assertThat(wrong).as(method).isEmpty();
    }

    @AfterAll
    void writeAccessFigures() {
        if (calls.get() == 0) {
            return;
        }
        String title = "Access-control matrix over gRPC";
        Tally.add("access-matrix", title, "RPCs × identities checked", calls.get());
        Tally.add("access-matrix", title, "granted (an answer or a domain refusal)", granted.get());
        Tally.add("access-matrix", title, "refused (PERMISSION_DENIED, or a missing approval where the rule says so)", denied.get());
        Tally.add("access-matrix", title, "UNAUTHENTICATED", unauthenticated.get());
        Tally.add("access-matrix", title, "denials found in the audit trail", audited.get());
        Tally.write("access-matrix");
    }
}
