package org.propertydesk.adapters.grpc.kernel;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.vavr.control.Option;
import org.propertydesk.application.kernel.ConcurrencyConflict;

/**
 * Etags (AIP-154) for PropertyDesk resources: the aggregate's version, as {@code "v<version>"}. A
 * mutating call that sends an etag is carried out only if the resource is still at that version;
 * otherwise it fails with {@code ABORTED} (ErrorInfo reason {@value #MISMATCH}) and changes
 * nothing, so the client re-reads and decides again. We chose ABORTED, as AIP-154 recommends for a
 * concurrency failure the client can resolve by re-reading: the same code a concurrent write
 * detected by the store gets.
 */
public final class Etags {

    /** ErrorInfo reason of an etag mismatch. */
    public static final String MISMATCH = "ETAG_MISMATCH";

    private Etags() {}

    /** The etag of a resource at {@code version}. */
    public static String of(long version) {
        return "v" + version;
    }

    /** The version an etag stands for, or empty when it is not one this API issues. */
    public static Option<Long> parse(String etag) {
        String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
        if (bare.length() >= 2 && bare.startsWith("\"") && bare.endsWith("\"")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        if (!bare.matches("v\\d{1,18}")) {
            return Option.none();
        }
        return Option.some(Long.parseLong(bare.substring(1)));
    }

    /** Refuses the call with ABORTED when an etag was sent and the resource is no longer at it. */
    public static void require(Option<Long> etag, long current, String resourceName) {
        if (etag.isDefined() && etag.get() != current) {
            throw mismatch(resourceName, etag.get(), current);
        }
    }

    /**
     * After the command ran inside the call's unit of work: when an etag was sent, the command must
     * have moved the resource from exactly that version by one step. If another writer slipped in
     * between {@link #require} and the command, this throws {@link ConcurrencyConflict}, which
     * rolls the unit of work back on a transactional store and answers ABORTED.
     */
    public static void confirm(Option<Long> etag, long written, String resourceName) {
        if (etag.isDefined() && written != etag.get() + 1) {
            throw new ConcurrencyConflict(resourceName, etag.get());
        }
    }

    static StatusRuntimeException mismatch(String resourceName, long sent, long current) {
        ErrorInfo info = ErrorInfo.newBuilder()
                .setReason(MISMATCH)
                .setDomain(GrpcErrors.DOMAIN)
                .putMetadata("resource", resourceName)
                .putMetadata("etag", of(sent))
                .putMetadata("current_etag", of(current))
                .build();
        Status status = Status.newBuilder()
                .setCode(Code.ABORTED_VALUE)
                .setMessage(resourceName + " is at " + of(current) + ", not " + of(sent) + "; read it again and retry")
                .addDetails(Any.pack(info))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }
}
