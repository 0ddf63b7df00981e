package org.propertydesk.benchmarks;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.roster.Assignment;
import org.propertydesk.domain.roster.Post;
import org.propertydesk.testkit.roster.OctoberOffice;

/**
 * The testkit's {@link OctoberOffice} (twenty staff, five posts, a month with 国庆节) repeated
 * {@code copies} times under one roster, each copy with its own staff and posts: 1× is 20 staff,
 * 10× is 200, 100× is 2,000. Every copy is the valid October plan, so the whole roster is valid and
 * validation walks the real path of a clean roster at every size.
 */
public record ScaledOffice(int copies, Seq<Post> posts, Map<StaffId, Role> team, Seq<Assignment> assignments) {

    public static ScaledOffice of(int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, got " + copies);
        }
        Seq<Post> basePosts = OctoberOffice.posts();
        Map<StaffId, Role> baseTeam = OctoberOffice.team();
        Seq<Assignment> baseAssignments = OctoberOffice.assignments();
        Seq<Post> posts = List.empty();
        Map<StaffId, Role> team = HashMap.empty();
        Seq<Assignment> assignments = List.empty();
        for (int copy = 0; copy < copies; copy++) {
            int c = copy;
            posts = posts.appendAll(basePosts.map(post -> new Post(post(post.id(), c), post.name() + " #" + c, post.department(),
                    staff(post.supervisor(), c), post.pattern(), post.aroundTheClock(), post.workingDaysOnly(),
                    post.dutyManagerPost(), post.staffing())));
            team = team.merge(baseTeam.map((id, role) -> Tuple.of(staff(id, c), role)));
            assignments = assignments.appendAll(baseAssignments.map(a ->
                    new Assignment(staff(a.staff(), c), post(a.post(), c), a.shift(), a.date(), a.mealBreak())));
        }
        return new ScaledOffice(copies, posts.toVector(), team, assignments.toVector());
    }

    public int staffCount() {
        return team.size();
    }

    /**
     * Copy 0 keeps the testkit's ids, so 1× is exactly the October office; every other copy gets
     * name-based ids, spread like the random ids an office's {@code Identities} hand out. (An
     * earlier version shifted the copy number into the high bits, which {@code UUID.hashCode}
     * folds onto the low bits: 2,000 staff shared about 128 hash codes, and the 100× figure
     * measured hash-map collision chains instead of validation.)
     */
    private static StaffId staff(StaffId id, int copy) {
        return new StaffId(shifted(id.value(), copy));
    }

    private static PostId post(PostId id, int copy) {
        return new PostId(shifted(id.value(), copy));
    }

    private static UUID shifted(UUID id, int copy) {
        return copy == 0 ? id : UUID.nameUUIDFromBytes((id + "#" + copy).getBytes(StandardCharsets.UTF_8));
    }
}
