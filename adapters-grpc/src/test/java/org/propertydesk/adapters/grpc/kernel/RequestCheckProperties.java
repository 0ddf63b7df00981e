package org.propertydesk.adapters.grpc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Timestamp;
import io.grpc.StatusRuntimeException;
import io.vavr.collection.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

@Label("Request checks never fail on any input, and paging and etags are lossless")
class RequestCheckProperties {

    private static final ResourceName.Pattern COMPLAINT = ResourceName.Pattern.of("offices/{office}/complaints/{complaint}");

    @Property(tries = 300)
    @Label("no text whatsoever makes parsing throw")
    void neverThrows(@ForAll String text) {
        assertThat(COMPLAINT.parse(text).isEmpty() || text.startsWith("offices/")).isTrue();
    }

    @Property(tries = 300)
    @Label("no timestamp whatsoever makes the check throw anything but INVALID_ARGUMENT")
    void anyTimestamp(@ForAll long seconds, @ForAll int nanos) {
        RequestCheck check = new RequestCheck();
        check.instant("at", true, Timestamp.newBuilder().setSeconds(seconds).setNanos(nanos).build());
        if (check.hasViolations()) {
            assertThatThrownBy(check::orThrow).isInstanceOf(StatusRuntimeException.class);
        }
    }

    @Property(tries = 300)
    @Label("no date text whatsoever makes the check throw")
    void anyDate(@ForAll @Size(max = 20) String text) {
        new RequestCheck().date("day", text);
    }

    @Property(tries = 200)
    @Label("following next_page_token visits every item exactly once, in order")
    void visitsEveryItemOnce(@ForAll @IntRange(max = 120) int items, @ForAll @IntRange(min = 0, max = 30) int pageSize) {
        List<Integer> all = List.range(0, items);
        List<Integer> seen = List.empty();
        String token = "";
        int pages = 0;
        do {
            RequestCheck check = new RequestCheck();
            PageRequest request = check.page(pageSize, token, "offices/x/complaints");
            check.orThrow();
            PageRequest.Page<Integer> page = request.of(all);
            seen = seen.appendAll(page.items());
            token = page.nextPageToken();
            pages++;
        } while (!token.isEmpty() && pages < 1000);
        assertThat(seen).isEqualTo(all);
    }

    @Property(tries = 200)
    @Label("an etag reads back as the version it was made from")
    void roundTrip(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long version) {
        assertThat(Etags.parse(Etags.of(version))).contains(version);
        assertThat(Etags.parse("\"" + Etags.of(version) + "\"")).contains(version);
    }
}
