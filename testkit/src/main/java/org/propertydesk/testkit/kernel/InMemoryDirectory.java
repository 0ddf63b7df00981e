package org.propertydesk.testkit.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.propertydesk.application.kernel.Directory;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;
import org.propertydesk.domain.kernel.StaffMember;

/** A {@link Directory} held in memory, one map per office. */
@SecondaryAdapter
public final class InMemoryDirectory implements Directory {

    private final Map<OfficeId, Map<StaffId, StaffMember>> offices = new ConcurrentHashMap<>();

    public static InMemoryDirectory of(StaffMember... members) {
        InMemoryDirectory directory = new InMemoryDirectory();
        for (StaffMember member : members) {
            directory.register(member);
        }
        return directory;
    }

    @Override
    public Option<StaffMember> staffMember(OfficeId office, StaffId staff) {
        return Option.of(offices.getOrDefault(office, Map.of()).get(staff));
    }

    @Override
    public Seq<StaffMember> staffOf(OfficeId office) {
        return List.ofAll(offices.getOrDefault(office, Map.of()).values())
                .sorted(Comparator.comparing(member -> member.id().value()));
    }

    @Override
    public void register(StaffMember member) {
        offices.computeIfAbsent(member.office(), office -> new ConcurrentHashMap<>()).put(member.id(), member);
    }
}
