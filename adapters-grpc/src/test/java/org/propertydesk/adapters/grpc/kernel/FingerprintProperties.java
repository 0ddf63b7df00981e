package org.propertydesk.adapters.grpc.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.propertydesk.adapters.grpc.v1.Complaint;
import org.propertydesk.adapters.grpc.v1.ComplaintAsk;
import org.propertydesk.adapters.grpc.v1.ComplaintCause;
import org.propertydesk.adapters.grpc.v1.ComplaintIntake;
import org.propertydesk.adapters.grpc.v1.ComplaintSubject;
import org.propertydesk.adapters.grpc.v1.RegisterComplaintRequest;

/**
 * A request's fingerprint (AIP-155) is the request without its request_id: what decides whether a
 * retry is the same request. Idempotency records keep fingerprints across restarts and upgrades, so
 * a fingerprint must never change for the same request.
 */
@Label("Request fingerprints")
class FingerprintProperties {

    private static final int REQUEST_ID = RegisterComplaintRequest.REQUEST_ID_FIELD_NUMBER;

    @Property(tries = 1000)
    @Label("a request's fingerprint is its fingerprint without the request_id, unknown fields and all")
    void withoutTheRequestId(@ForAll("requests") RegisterComplaintRequest request) {
        assertThat(Mutations.fingerprint(request)).isEqualTo(Mutations.fingerprint(request.toBuilder().clearRequestId().build()));
    }

    @Property(tries = 300)
    @Label("two requests that differ in more than the request_id have different fingerprints")
    void otherContentOtherFingerprint(@ForAll("requests") RegisterComplaintRequest request, @ForAll("texts") String account) {
        RegisterComplaintRequest other = request.toBuilder()
                .setComplaint(request.getComplaint().toBuilder()
                        .setIntake(request.getComplaint().getIntake().toBuilder().setAccount(account)))
                .build();

        assertThat(Mutations.fingerprint(other).equals(Mutations.fingerprint(request))).isEqualTo(other.equals(request));
    }

    @Example
    @Label("the fingerprint of a registration is the one recorded before it was computed without a copy of the request")
    void sameAsRecordedBefore() {
        RegisterComplaintRequest request = RegisterComplaintRequest.newBuilder()
                .setParent("offices/00000000-000f-f1ce-0000-000000000001")
                .setComplaint(Complaint.newBuilder().setComplainant("3-1201").setIntake(ComplaintIntake.newBuilder()
                        .setSubject(ComplaintSubject.COMPLAINT_SUBJECT_GREENING).setLocation("Building 3, unit 101")
                        .setCause(ComplaintCause.COMPLAINT_CAUSE_NO_FAULT).setAsk(ComplaintAsk.COMPLAINT_ASK_BE_HEARD)
                        .setAccount("楼下的树被砍了,没人通知我们")))
                .setRequestId("retry-1")
                .build();
        String recorded = "propertydesk.v1.RegisterComplaintRequest#952af7e89e90156cf11813b19ac3d7b0410559267f85363993b9206e91600730";

        assertThat(Mutations.fingerprint(request)).isEqualTo(recorded);
        assertThat(Mutations.fingerprint(request.toBuilder().setRequestId("retry-2").build())).isEqualTo(recorded);
        assertThat(Mutations.fingerprint(request.toBuilder().clearRequestId().build())).isEqualTo(recorded);
    }

    @Provide
    Arbitrary<RegisterComplaintRequest> requests() {
        Arbitrary<Complaint> complaint = Combinators.combine(texts(), texts(), texts(), Arbitraries.of(ComplaintSubject.class)
                        .filter(subject -> subject != ComplaintSubject.UNRECOGNIZED))
                .as((complainant, location, account, subject) -> Complaint.newBuilder()
                        .setComplainant(complainant)
                        .setIntake(ComplaintIntake.newBuilder().setSubject(subject).setLocation(location).setAccount(account))
                        .build());
        Arbitrary<UnknownFieldSet> unknown = Combinators.combine(
                        Arbitraries.integers().between(90, 120), Arbitraries.longs(), Arbitraries.integers().between(0, 3),
                        Arbitraries.longs())
                .as((number, value, kind, misplaced) -> {
                    UnknownFieldSet.Builder fields = UnknownFieldSet.newBuilder();
                    if (kind >= 1) {
                        fields.addField(number, UnknownFieldSet.Field.newBuilder().addVarint(value).build());
                    }
                    if (kind >= 2) {
                        fields.addField(number + 40, UnknownFieldSet.Field.newBuilder()
                                .addLengthDelimited(ByteString.copyFromUtf8("x" + value)).build());
                    }
                    if (kind == 3) {
                        // The request_id's number with the wrong wire type: the parser keeps it as an unknown field.
                        fields.addField(REQUEST_ID, UnknownFieldSet.Field.newBuilder().addVarint(misplaced).build());
                    }
                    return fields.build();
                });
        return Combinators.combine(texts(), complaint, Arbitraries.strings().withChars("abc-_.019").ofMaxLength(64), unknown)
                .as((parent, c, requestId, fields) -> RegisterComplaintRequest.newBuilder()
                        .setParent(parent)
                        .setComplaint(c)
                        .setRequestId(requestId)
                        .setUnknownFields(fields)
                        .build());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aZ3栋é -/\n").ofMaxLength(40);
    }
}
