package org.propertydesk.adapters.grpc.kernel;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.ResourceInfo;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.vavr.control.Either;
import java.util.Locale;
import java.util.function.Supplier;
import org.propertydesk.application.kernel.NotFound;
import org.propertydesk.domain.kernel.PermissionRejection;
import org.propertydesk.domain.kernel.Rejection;
import org.propertydesk.domain.kernel.Rejections;
import org.propertydesk.domain.kernel.Rule;

/**
 * The desk's errors as Google's rich error model (AIP-193), so clients on every stack get the same
 * structured answer:
 * <ul>
 *   <li>a rule refused the command → {@code FAILED_PRECONDITION} with one {@code ErrorInfo}
 *       (reason in UPPER_SNAKE_CASE, domain {@value #DOMAIN}, the rule ids in metadata) and a
 *       {@code PreconditionFailure} listing <em>every</em> violated rule;</li>
 *   <li>malformed input → {@code INVALID_ARGUMENT} with {@code BadRequest} field violations;</li>
 *   <li>an unknown resource → {@code NOT_FOUND} with {@code ResourceInfo};</li>
 *   <li>a passing infrastructure outage → {@code UNAVAILABLE} with {@code RetryInfo}.</li>
 * </ul>
 */
public final class GrpcErrors {

    /** The error domain of every {@code ErrorInfo} PropertyDesk sends. */
    public static final String DOMAIN = "propertydesk.org";

    /** ErrorInfo metadata key: the first (deciding) rule's id. */
    public static final String RULE_ID = "rule_id";

    /** ErrorInfo metadata key: every violated rule id, comma-separated, in order. */
    public static final String RULE_IDS = "rule_ids";

    private GrpcErrors() {}

    /**
     * FAILED_PRECONDITION for a command a rule refused, listing every reason (up to
     * {@value #MAX_FIELD_VIOLATIONS}, the message saying how many more, as for field violations:
     * a roster with hundreds of gaps must still get an answer a client can read); PERMISSION_DENIED when
     * a reason is that the actor may not do this at all ({@link PermissionRejection}), with the
     * same ErrorInfo and no PreconditionFailure.
     */
    public static StatusRuntimeException rejected(Rejections<? extends Rejection> rejections) {
        Rejection first = rejections.reasons().<Rejection>map(reason -> reason)
                .find(PermissionRejection.class::isInstance)
                .getOrElse(rejections.reasons().head());
        if (first instanceof PermissionRejection) {
            ErrorInfo info = ErrorInfo.newBuilder()
                    .setReason(reasonOf(first))
                    .setDomain(DOMAIN)
                    .putMetadata(RULE_ID, first.rule().id())
                    .putMetadata(RULE_IDS, rejections.rules().map(Rule::id).mkString(","))
                    .build();
            return error(Code.PERMISSION_DENIED, first.reason(), Any.pack(info));
        }
        ErrorInfo info = ErrorInfo.newBuilder()
                .setReason(reasonOf(first))
                .setDomain(DOMAIN)
                .putMetadata(RULE_ID, first.rule().id())
                .putMetadata(RULE_IDS, rejections.rules().map(Rule::id).mkString(","))
                .build();
        PreconditionFailure.Builder failure = PreconditionFailure.newBuilder();
        for (Rejection reason : rejections.reasons().take(MAX_FIELD_VIOLATIONS)) {
            failure.addViolations(PreconditionFailure.Violation.newBuilder()
                    .setType(reasonOf(reason))
                    .setSubject(reason.rule().id())
                    .setDescription(reason.reason()));
        }
        int more = rejections.reasons().size() - MAX_FIELD_VIOLATIONS;
        String message = more <= 0 ? rejections.toString()
                : rejections.reasons().take(MAX_FIELD_VIOLATIONS).map(reason -> reason.rule().id() + ": " + reason.reason()).mkString("; ")
                        + "; and " + more + (more == 1 ? " more reason" : " more reasons");
        return error(Code.FAILED_PRECONDITION, message, Any.pack(info), Any.pack(failure.build()));
    }

    /**
     * The most field violations (or precondition violations) one answer names. The status travels in HTTP/2 trailers, and a
     * client refuses trailers over its limit (8 KiB by default in grpc-java) with an INTERNAL error
     * of its own; a request with hundreds of bad elements must still get a readable answer.
     */
    public static final int MAX_FIELD_VIOLATIONS = 12;

    /**
     * INVALID_ARGUMENT for a malformed request, naming every bad field — up to
     * {@value #MAX_FIELD_VIOLATIONS} of them, the message saying how many more there are.
     */
    public static StatusRuntimeException invalidArgument(Iterable<InvalidField> fields) {
        BadRequest.Builder request = BadRequest.newBuilder();
        StringBuilder message = new StringBuilder("invalid request");
        String separator = ": ";
        int more = 0;
        for (InvalidField field : fields) {
            if (request.getFieldViolationsCount() == MAX_FIELD_VIOLATIONS) {
                more++;
                continue;
            }
            request.addFieldViolations(BadRequest.FieldViolation.newBuilder()
                    .setField(field.field())
                    .setDescription(field.description()));
            message.append(separator).append(field.field()).append(' ').append(field.description());
            separator = "; ";
        }
        if (request.getFieldViolationsCount() == 0) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        if (more > 0) {
            message.append("; and ").append(more).append(more == 1 ? " more field" : " more fields");
        }
        return error(Code.INVALID_ARGUMENT, message.toString(), Any.pack(request.build()));
    }

    /** PERMISSION_DENIED with an ErrorInfo {@code reason} (UPPER_SNAKE_CASE) in domain {@value #DOMAIN}. */
    public static StatusRuntimeException permissionDenied(String reason, String message) {
        ErrorInfo info = ErrorInfo.newBuilder().setReason(reason).setDomain(DOMAIN).build();
        return error(Code.PERMISSION_DENIED, message, Any.pack(info));
    }

    /** NOT_FOUND for a resource name that names nothing the caller may see. */
    public static StatusRuntimeException notFound(String resourceType, String resourceName) {
        ResourceInfo info = ResourceInfo.newBuilder()
                .setResourceType(resourceType)
                .setResourceName(resourceName)
                .build();
        return error(Code.NOT_FOUND, resourceName + " not found", Any.pack(info));
    }

    /**
     * Runs a desk call; an unknown record of {@code kind} (the desk's {@link NotFound#resourceType})
     * is NOT_FOUND naming the resource the caller sent ({@code resourceType}, {@code resourceName});
     * any other failure passes on.
     */
    public static <T> T found(String kind, String resourceType, String resourceName, Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFound e) {
            if (kind.equals(e.resourceType())) {
                throw notFound(resourceType, resourceName);
            }
            throw e;
        }
    }

    /** The desk's answer, or its refusal thrown as {@link #rejected}. */
    public static <T> T accepted(Either<? extends Rejections<? extends Rejection>, T> result) {
        if (result.isLeft()) {
            throw rejected(result.getLeft());
        }
        return result.get();
    }

    /**
     * UNAVAILABLE for a call the server could not carry out right now (its database is down or the
     * connection broke), with a {@code RetryInfo} saying how long to wait before sending it again.
     */
    public static StatusRuntimeException unavailable(String message, java.time.Duration retryAfter) {
        RetryInfo info = RetryInfo.newBuilder()
                .setRetryDelay(com.google.protobuf.Duration.newBuilder()
                        .setSeconds(retryAfter.getSeconds())
                        .setNanos(retryAfter.getNano()))
                .build();
        return error(Code.UNAVAILABLE, message, Any.pack(info));
    }

    /**
     * The ErrorInfo reason of a rejection: its type's name in UPPER_SNAKE_CASE, e.g.
     * {@code HandoverBlocked} → {@code HANDOVER_BLOCKED}, {@code CCTVLoanUnapproved} →
     * {@code CCTV_LOAN_UNAPPROVED}.
     */
    public static String reasonOf(Rejection rejection) {
        return rejection.getClass().getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                .toUpperCase(Locale.ROOT);
    }

    private static StatusRuntimeException error(Code code, String message, Any... details) {
        Status.Builder status = Status.newBuilder().setCode(code.getNumber()).setMessage(message);
        for (Any detail : details) {
            status.addDetails(detail);
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }
}
