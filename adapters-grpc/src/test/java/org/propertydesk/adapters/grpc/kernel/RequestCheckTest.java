package org.propertydesk.adapters.grpc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.OfficeId;

@DisplayName("Request checks name every malformed field at once (AIP-193 BadRequest)")
class RequestCheckTest {

    private static final ResourceName.Pattern COMPLAINT = ResourceName.Pattern.of("offices/{office}/complaints/{complaint}");
    private static final String OFFICE = "6f1c2a4e-0000-4000-8000-000000000001";
    private static final String ID = "6f1c2a4e-0000-4000-8000-0000000000aa";

    private static java.util.List<String> fieldsOf(StatusRuntimeException e) throws Exception {
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        return StatusProto.fromThrowable(e).getDetails(0).unpack(BadRequest.class).getFieldViolationsList().stream()
                .map(BadRequest.FieldViolation::getField).toList();
    }

    @Test
    @DisplayName("every malformed field is named in one INVALID_ARGUMENT, in the order checked")
    void allFieldsAtOnce() throws Exception {
        RequestCheck check = new RequestCheck();
        check.name("name", "complaints/42", COMPLAINT);
        check.text("reason", "  ", 100);
        check.requestId("request_id", "not a request id!");
        check.date("day", "2026-02-30");

        StatusRuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(StatusRuntimeException.class, check::orThrow);
        assertThat(fieldsOf(e)).containsExactly("name", "reason", "request_id", "day");
    }

    @Test
    @DisplayName("a well-formed request passes with its values parsed")
    void wellFormed() {
        RequestCheck check = new RequestCheck();
        ResourceName name = check.name("name", "offices/" + OFFICE + "/complaints/" + ID, COMPLAINT);
        String reason = check.text("reason", "车库灯坏了", 100);
        LocalDate day = check.date("day", "2026-10-01");
        Instant at = check.instant("at", true, Timestamp.newBuilder().setSeconds(1_790_000_000L).build());

        check.orThrow();
        assertThat(name.office()).isEqualTo(new OfficeId(UUID.fromString(OFFICE)));
        assertThat(name.id("complaint", java.util.function.Function.identity())).isEqualTo(UUID.fromString(ID));
        assertThat(reason).isEqualTo("车库灯坏了");
        assertThat(day).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(at).isEqualTo(Instant.ofEpochSecond(1_790_000_000L));
    }

    @Nested
    @DisplayName("resource names")
    class Names {
        @Test
        @DisplayName("only names of exactly the pattern's shape with lower-case UUID ids are accepted")
        void shape() {
            assertThat(COMPLAINT.parse("offices/" + OFFICE + "/complaints/" + ID)).isNotEmpty();
            assertThat(COMPLAINT.parse("offices/" + OFFICE + "/complaints/" + ID + "/")).isEmpty();
            assertThat(COMPLAINT.parse("offices/" + OFFICE + "/complaints")).isEmpty();
            assertThat(COMPLAINT.parse("offices/" + OFFICE + "/notices/" + ID)).isEmpty();
            assertThat(COMPLAINT.parse("offices/" + OFFICE.toUpperCase() + "/complaints/" + ID)).isEmpty();
            assertThat(COMPLAINT.parse("offices/x/complaints/" + ID)).isEmpty();
            assertThat(COMPLAINT.parse("")).isEmpty();
            assertThat(COMPLAINT.parse(null)).isEmpty();
        }

        @Test
        @DisplayName("a name formats back to the text it was parsed from")
        void format() {
            String name = "offices/" + OFFICE + "/complaints/" + ID;
            assertThat(COMPLAINT.format(OFFICE, ID)).isEqualTo(name);
            assertThat(COMPLAINT.parse(name).get().name()).isEqualTo(name);
        }

    }

    @Nested
    @DisplayName("texts")
    class Texts {
        @Test
        @DisplayName("length counts UTF-16 units, as H2 sizes its columns: Chinese characters count once, emoji and 𠮷 twice")
        void lengthInUtf16Units() {
            RequestCheck check = new RequestCheck();
            assertThat(check.text("t", "好".repeat(10), 10)).isEqualTo("好".repeat(10));
            assertThat(check.text("t", "😀".repeat(5), 10)).isEqualTo("😀".repeat(5));
            assertThat(check.hasViolations()).isFalse();
            check.text("t", "𠮷".repeat(6), 10);
            assertThat(check.hasViolations()).isTrue();
            assertThat(check.toString()).contains("not 12").contains("counts as two");
            check = new RequestCheck();
            check.text("t", "好".repeat(11), 10);
            assertThat(check.hasViolations()).isTrue();
        }

        @Test
        @DisplayName("control characters are refused; line breaks and tabs are allowed")
        void controlCharacters() {
            RequestCheck check = new RequestCheck();
            assertThat(check.text("t", "line one\nline\ttwo", 100)).isNotNull();
            assertThat(check.hasViolations()).isFalse();
            check.text("t", "bell\u0007", 100);
            assertThat(check.hasViolations()).isTrue();
        }

        @Test
        @DisplayName("an optional text is empty when not sent, and blank is not the same as not sent")
        void optional() {
            RequestCheck check = new RequestCheck();
            assertThat(check.optionalText("t", "", 10)).isEmpty();
            assertThat(check.hasViolations()).isFalse();
            check.optionalText("t", "   ", 10);
            assertThat(check.hasViolations()).isTrue();
        }
    }

    @Nested
    @DisplayName("times and dates")
    class Times {
        @Test
        @DisplayName("timestamps outside years 1 to 9999 or with bad nanos are refused, a missing one is named")
        void range() {
            RequestCheck check = new RequestCheck();
            check.instant("a", true, Timestamp.newBuilder().setSeconds(Long.MAX_VALUE).build());
            check.instant("b", true, Timestamp.newBuilder().setNanos(-1).build());
            check.instant("c", false, Timestamp.getDefaultInstance());
            assertThatThrownBy(check::orThrow)
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        try {
                            assertThat(fieldsOf(e)).containsExactly("a", "b", "c");
                        } catch (Exception x) {
                            throw new AssertionError(x);
                        }
                    });
        }


    }

    @Nested
    @DisplayName("paging (AIP-158)")
    class Paging {

        @Test
        @DisplayName("a token from another listing, a forged token and a negative page size are INVALID_ARGUMENT")
        void badTokens() {
            String token = new RequestCheck().page(2, "", "offices/a/complaints").of(List.range(0, 10)).nextPageToken();

            RequestCheck other = new RequestCheck();
            other.page(2, token, "offices/b/complaints");
            assertThat(other.hasViolations()).isTrue();

            RequestCheck forged = new RequestCheck();
            forged.page(2, "bm90IGEgdG9rZW4", "offices/a/complaints");
            assertThat(forged.hasViolations()).isTrue();

            RequestCheck negative = new RequestCheck();
            negative.page(-1, "", "offices/a/complaints");
            assertThat(negative.hasViolations()).isTrue();
        }

        @Test
        @DisplayName("page size 0 means the default, and sizes above the maximum are coerced down")
        void sizes() {
            assertThat(new RequestCheck().page(0, "", "l").size()).isEqualTo(RequestCheck.DEFAULT_PAGE_SIZE);
            assertThat(new RequestCheck().page(1_000_000, "", "l").size()).isEqualTo(RequestCheck.MAX_PAGE_SIZE);
        }
    }

    @Nested
    @DisplayName("etags (AIP-154)")
    class EtagsTest {

        @Test
        @DisplayName("a stale etag is ABORTED with ErrorInfo ETAG_MISMATCH naming the current etag")
        void mismatch() {
            assertThatThrownBy(() -> Etags.require(Option.some(3L), 4, "offices/x/complaints/y"))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
                        try {
                            com.google.rpc.ErrorInfo info = StatusProto.fromThrowable(e).getDetails(0).unpack(com.google.rpc.ErrorInfo.class);
                            assertThat(info.getReason()).isEqualTo(Etags.MISMATCH);
                            assertThat(info.getDomain()).isEqualTo(GrpcErrors.DOMAIN);
                            assertThat(info.getMetadataMap()).containsEntry("current_etag", "v4");
                        } catch (Exception x) {
                            throw new AssertionError(x);
                        }
                    });
            Etags.require(Option.none(), 4, "offices/x/complaints/y");
            Etags.require(Option.some(4L), 4, "offices/x/complaints/y");
        }

        @Test
        @DisplayName("a write that did not move the resource exactly one step from the sent etag is a concurrency conflict")
        void confirm() {
            Etags.confirm(Option.some(3L), 4, "r");
            Etags.confirm(Option.none(), 9, "r");
            assertThatThrownBy(() -> Etags.confirm(Option.some(3L), 5, "r"))
                    .isInstanceOf(org.propertydesk.application.kernel.ConcurrencyConflict.class);
        }

        @Test
        @DisplayName("texts that are not etags this API issued are refused")
        void malformed() {
            RequestCheck check = new RequestCheck();
            check.etag("etag", "3");
            check.etag("etag", "v-1");
            check.etag("etag", "v99999999999999999999");
            assertThat(check.hasViolations()).isTrue();
        }
    }
}
