package org.propertydesk.adapters.grpc.handover;

import static org.propertydesk.adapters.grpc.kernel.ProtoValues.duration;
import static org.propertydesk.adapters.grpc.kernel.ProtoValues.timestamp;

import io.vavr.control.Option;
import java.util.Comparator;
import org.propertydesk.adapters.grpc.kernel.Etags;
import org.propertydesk.adapters.grpc.kernel.RequestFields;
import org.propertydesk.adapters.grpc.kernel.ResourceName;
import org.propertydesk.adapters.grpc.v1.DutyLogEntry;
import org.propertydesk.adapters.grpc.v1.DutyLogEntryDisposition;
import org.propertydesk.adapters.grpc.v1.DutyLogEntryKind;
import org.propertydesk.adapters.grpc.v1.EmergencyLevel;
import org.propertydesk.adapters.grpc.v1.HandoverDepartment;
import org.propertydesk.adapters.grpc.v1.HandoverItem;
import org.propertydesk.adapters.grpc.v1.HandoverItemCategory;
import org.propertydesk.adapters.grpc.v1.HandoverItemCondition;
import org.propertydesk.adapters.grpc.v1.HandoverItemCount;
import org.propertydesk.adapters.grpc.v1.HandoverPunctuality;
import org.propertydesk.adapters.grpc.v1.HandoverQuestion;
import org.propertydesk.adapters.grpc.v1.HandoverSignature;
import org.propertydesk.adapters.grpc.v1.HandoverState;
import org.propertydesk.adapters.grpc.v1.HandoverTiming;
import org.propertydesk.adapters.grpc.v1.HandoverUnfitness;
import org.propertydesk.adapters.grpc.v1.IncidentKind;
import org.propertydesk.adapters.grpc.v1.IncidentState;
import org.propertydesk.domain.handover.Condition;
import org.propertydesk.domain.handover.Count;
import org.propertydesk.domain.handover.Disposition;
import org.propertydesk.domain.handover.DutyLog;
import org.propertydesk.domain.handover.EntryId;
import org.propertydesk.domain.handover.EntryKind;
import org.propertydesk.domain.handover.Escalated;
import org.propertydesk.domain.handover.Handover;
import org.propertydesk.domain.handover.HandoverId;
import org.propertydesk.domain.handover.InCount;
import org.propertydesk.domain.handover.Incident;
import org.propertydesk.domain.handover.IncidentId;
import org.propertydesk.domain.handover.Item;
import org.propertydesk.domain.handover.ItemCategory;
import org.propertydesk.domain.handover.LogEntry;
import org.propertydesk.domain.handover.Question;
import org.propertydesk.domain.handover.QuestionId;
import org.propertydesk.domain.handover.Refused;
import org.propertydesk.domain.handover.Signature;
import org.propertydesk.domain.handover.Signed;
import org.propertydesk.domain.handover.Timing;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.PostId;
import org.propertydesk.domain.kernel.StaffId;

/** Handovers, duty logs and incidents as {@code propertydesk.v1} messages, and the resource names they use. */
final class HandoverMessages {

    static final ResourceName.Pattern HANDOVER = ResourceName.Pattern.of("offices/{office}/handovers/{handover}");
    static final ResourceName.Pattern QUESTION = ResourceName.Pattern.of("offices/{office}/handovers/{handover}/questions/{question}");
    static final ResourceName.Pattern POST = ResourceName.Pattern.of("offices/{office}/posts/{post}");
    static final ResourceName.Pattern DUTY_LOG = ResourceName.Pattern.of("offices/{office}/posts/{post}/dutyLog");
    static final ResourceName.Pattern ENTRY = ResourceName.Pattern.of("offices/{office}/posts/{post}/dutyLog/entries/{entry}");
    static final ResourceName.Pattern INCIDENT = ResourceName.Pattern.of("offices/{office}/incidents/{incident}");

    private HandoverMessages() {}

    static String handoverName(OfficeId office, HandoverId handover) {
        return HANDOVER.format(office, handover);
    }

    static String questionName(OfficeId office, HandoverId handover, QuestionId question) {
        return QUESTION.format(office, handover, question);
    }

    static String postName(OfficeId office, PostId post) {
        return POST.format(office, post);
    }

    static String dutyLogName(OfficeId office, PostId post) {
        return DUTY_LOG.format(office, post);
    }

    static String entryName(OfficeId office, PostId post, EntryId entry) {
        return ENTRY.format(office, post, entry);
    }

    static String incidentName(OfficeId office, IncidentId incident) {
        return INCIDENT.format(office, incident);
    }

    static String staffName(OfficeId office, StaffId staff) {
        return RequestFields.STAFF.format(office, staff);
    }

    /** The post's duty log; an empty one (etag "v0") when nothing was logged there yet. */
    static org.propertydesk.adapters.grpc.v1.DutyLog dutyLog(OfficeId office, PostId post, Option<DutyLog> log) {
        org.propertydesk.adapters.grpc.v1.DutyLog.Builder message = org.propertydesk.adapters.grpc.v1.DutyLog.newBuilder()
                .setName(dutyLogName(office, post))
                .setPost(postName(office, post))
                .setEtag(Etags.of(log.map(DutyLog::version).getOrElse(0L)));
        log.forEach(written -> {
            io.vavr.collection.Seq<LogEntry> sheet = written.handOverSheet();
            written.entries().forEach(entry -> message.addEntries(entry(office, post, entry, sheet.contains(entry))));
        });
        return message.build();
    }

    private static DutyLogEntry entry(OfficeId office, PostId post, LogEntry entry, boolean onSheet) {
        DutyLogEntry.Builder message = DutyLogEntry.newBuilder()
                .setName(entryName(office, post, entry.id()))
                .setKind(entryKind(entry.kind()))
                .setCause(entry.cause())
                .setCourse(entry.course())
                .setResult(entry.result())
                .setAuthor(staffName(office, entry.author()))
                .setCreateTime(timestamp(entry.at()))
                .setOnHandOverSheet(onSheet);
        if (entry.disposition() instanceof Disposition.CarriedOver carried) {
            message.setDisposition(DutyLogEntryDisposition.DUTY_LOG_ENTRY_DISPOSITION_CARRIED_OVER)
                    .setCarryOverReason(carried.reason());
        } else if (entry.disposition() instanceof Disposition.ClosedOut) {
            message.setDisposition(DutyLogEntryDisposition.DUTY_LOG_ENTRY_DISPOSITION_CLOSED_OUT);
        } else {
            message.setDisposition(DutyLogEntryDisposition.DUTY_LOG_ENTRY_DISPOSITION_OPEN);
        }
        return message.build();
    }

    static org.propertydesk.adapters.grpc.v1.Handover handover(Handover handover) {
        OfficeId office = handover.office();
        org.propertydesk.adapters.grpc.v1.Handover.Builder message = org.propertydesk.adapters.grpc.v1.Handover.newBuilder()
                .setName(handoverName(office, handover.id()))
                .setPost(postName(office, handover.post()))
                .setDepartment(department(handover.terms().department()))
                .setOutgoing(staffName(office, handover.outgoing()))
                .setIncoming(staffName(office, handover.incoming()))
                .setShiftChangeTime(timestamp(handover.terms().shiftChange()))
                .setDutyLog(dutyLogName(office, handover.post()))
                .setPreparation(timing(handover.terms().preparation()))
                .setState(state(handover.state()))
                .setEtag(Etags.of(handover.version()));
        handover.terms().register().forEach(item -> message.addRegister(item(item)));
        handover.circumstances().arrival().forEach(arrival -> message.setArrival(timing(arrival)));
        handover.circumstances().unfit().forEach(unfit -> message.setUnfitness(HandoverUnfitness.newBuilder()
                .setObservedBy(staffName(office, unfit.observedBy()))
                .setSigns(unfit.signs())
                .setObserveTime(timestamp(unfit.at()))));
        handover.circumstances().equipmentChanging().toSortedSet().forEach(message::addEquipmentChanging);
        countOf(handover).forEach(count -> {
            handover.terms().register().forEach(item -> count.results().get(item.id()).forEach(result -> {
                HandoverItemCount.Builder line = HandoverItemCount.newBuilder()
                        .setItemId(result.item().toString())
                        .setCondition(condition(result.condition()))
                        .setCounted(result.counted());
                result.explanation().forEach(line::setExplanation);
                message.addCounts(line);
            }));
            count.questions().forEach(question -> message.addQuestions(question(office, handover.id(), question)));
            count.outgoingSignature().forEach(signature -> message.setOutgoingSignature(signature(office, signature)));
            count.incomingSignature().forEach(signature -> message.setIncomingSignature(signature(office, signature)));
        });
        if (handover instanceof Escalated escalated) {
            message.setEscalatedTo(staffName(office, escalated.superior())).setEscalateTime(timestamp(escalated.escalatedAt()));
        }
        if (handover instanceof Signed signed) {
            message.setCompleteTime(timestamp(signed.completedAt())).setOutgoingOvertime(duration(signed.outgoingOvertime()));
        }
        return message.build();
    }

    /** The count of a handover that has reached it. */
    static Option<Count> countOf(Handover handover) {
        if (handover instanceof InCount counting) {
            return Option.some(counting.count());
        }
        if (handover instanceof Refused refused) {
            return Option.some(refused.count());
        }
        if (handover instanceof Escalated escalated) {
            return Option.some(escalated.count());
        }
        if (handover instanceof Signed signed) {
            return Option.some(signed.count());
        }
        return Option.none();
    }

    private static HandoverItem item(Item item) {
        return HandoverItem.newBuilder()
                .setItemId(item.id().toString())
                .setDisplayName(item.name())
                .setCategory(category(item.category()))
                .setRegistered(item.registered())
                .build();
    }

    private static HandoverQuestion question(OfficeId office, HandoverId handover, Question question) {
        HandoverQuestion.Builder message = HandoverQuestion.newBuilder()
                .setName(questionName(office, handover, question.id()))
                .setText(question.text())
                .setAskedBy(staffName(office, question.askedBy()))
                .setAskTime(timestamp(question.askedAt()));
        question.answer().forEach(answer -> message.setAnswer(answer.text())
                .setAnsweredBy(staffName(office, answer.by()))
                .setAnswerTime(timestamp(answer.at())));
        return message.build();
    }

    private static HandoverSignature signature(OfficeId office, Signature signature) {
        return HandoverSignature.newBuilder()
                .setSigner(staffName(office, signature.signer()))
                .setSignTime(timestamp(signature.at()))
                .build();
    }

    private static HandoverTiming timing(Timing timing) {
        return HandoverTiming.newBuilder()
                .setTime(timestamp(timing.at()))
                .setBeforeShiftChange(duration(timing.beforeShiftChange()))
                .setPunctuality(timing.late() ? HandoverPunctuality.HANDOVER_PUNCTUALITY_LATE : HandoverPunctuality.HANDOVER_PUNCTUALITY_EARLY)
                .build();
    }

    static org.propertydesk.adapters.grpc.v1.Incident incident(Incident incident) {
        OfficeId office = incident.office();
        org.propertydesk.adapters.grpc.v1.Incident.Builder message = org.propertydesk.adapters.grpc.v1.Incident.newBuilder()
                .setName(incidentName(office, incident.id()))
                .setKind(kind(incident.kind()))
                .setLevel(incident.level() == org.propertydesk.domain.handover.EmergencyLevel.LEVEL_1
                        ? EmergencyLevel.EMERGENCY_LEVEL_LEVEL_1
                        : EmergencyLevel.EMERGENCY_LEVEL_LEVEL_2)
                .setDescription(incident.description())
                .setReporter(staffName(office, incident.reporter()))
                .setReportTime(timestamp(incident.reportedAt()))
                .setState(incident.open() ? IncidentState.INCIDENT_STATE_OPEN : IncidentState.INCIDENT_STATE_RESOLVED)
                .setEtag(Etags.of(incident.version()));
        incident.concerned().toSortedSet(Comparator.naturalOrder()).forEach(department -> message.addConcernedDepartments(department(department)));
        incident.resolution().forEach(resolution -> message.setResolvedBy(staffName(office, resolution.by()))
                .setResolutionSummary(resolution.summary())
                .setResolveTime(timestamp(resolution.at())));
        return message.build();
    }

    // ---- enums -------------------------------------------------------------------------------

    static HandoverState state(org.propertydesk.domain.handover.HandoverState state) {
        switch (state) {
            case PREPARING:
                return HandoverState.HANDOVER_STATE_PREPARING;
            case READY:
                return HandoverState.HANDOVER_STATE_READY;
            case IN_COUNT:
                return HandoverState.HANDOVER_STATE_IN_COUNT;
            case REFUSED:
                return HandoverState.HANDOVER_STATE_REFUSED;
            case ESCALATED:
                return HandoverState.HANDOVER_STATE_ESCALATED;
            case SIGNED:
                return HandoverState.HANDOVER_STATE_SIGNED;
            default:
                throw new IllegalArgumentException("unknown handover state " + state);
        }
    }

    static HandoverDepartment department(Department department) {
        switch (department) {
            case CUSTOMER_SERVICE:
                return HandoverDepartment.HANDOVER_DEPARTMENT_CUSTOMER_SERVICE;
            case SECURITY:
                return HandoverDepartment.HANDOVER_DEPARTMENT_SECURITY;
            case ENGINEERING:
                return HandoverDepartment.HANDOVER_DEPARTMENT_ENGINEERING;
            case CLEANING:
                return HandoverDepartment.HANDOVER_DEPARTMENT_CLEANING;
            case GREENING:
                return HandoverDepartment.HANDOVER_DEPARTMENT_GREENING;
            case FINANCE:
                return HandoverDepartment.HANDOVER_DEPARTMENT_FINANCE;
            case ADMINISTRATION_HR:
                return HandoverDepartment.HANDOVER_DEPARTMENT_ADMINISTRATION_HR;
            default:
                throw new IllegalArgumentException("unknown department " + department);
        }
    }

    /** The domain's department; empty for UNSPECIFIED and unknown numbers. */
    static Option<Department> department(HandoverDepartment department) {
        switch (department) {
            case HANDOVER_DEPARTMENT_CUSTOMER_SERVICE:
                return Option.some(Department.CUSTOMER_SERVICE);
            case HANDOVER_DEPARTMENT_SECURITY:
                return Option.some(Department.SECURITY);
            case HANDOVER_DEPARTMENT_ENGINEERING:
                return Option.some(Department.ENGINEERING);
            case HANDOVER_DEPARTMENT_CLEANING:
                return Option.some(Department.CLEANING);
            case HANDOVER_DEPARTMENT_GREENING:
                return Option.some(Department.GREENING);
            case HANDOVER_DEPARTMENT_FINANCE:
                return Option.some(Department.FINANCE);
            case HANDOVER_DEPARTMENT_ADMINISTRATION_HR:
                return Option.some(Department.ADMINISTRATION_HR);
            default:
                return Option.none();
        }
    }

    static DutyLogEntryKind entryKind(EntryKind kind) {
        switch (kind) {
            case MAJOR_MATTER:
                return DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_MAJOR_MATTER;
            case SUPERIOR_INSTRUCTION:
                return DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_SUPERIOR_INSTRUCTION;
            case UNFINISHED_WORK:
                return DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_UNFINISHED_WORK;
            case PUBLIC_AREA_REPAIR:
                return DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_PUBLIC_AREA_REPAIR;
            case DISPATCH_ORDER:
                return DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_DISPATCH_ORDER;
            case COORDINATION_FORM:
                return DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_COORDINATION_FORM;
            case ROUTINE:
                return DutyLogEntryKind.DUTY_LOG_ENTRY_KIND_ROUTINE;
            default:
                throw new IllegalArgumentException("unknown entry kind " + kind);
        }
    }

    static Option<EntryKind> entryKind(DutyLogEntryKind kind) {
        switch (kind) {
            case DUTY_LOG_ENTRY_KIND_MAJOR_MATTER:
                return Option.some(EntryKind.MAJOR_MATTER);
            case DUTY_LOG_ENTRY_KIND_SUPERIOR_INSTRUCTION:
                return Option.some(EntryKind.SUPERIOR_INSTRUCTION);
            case DUTY_LOG_ENTRY_KIND_UNFINISHED_WORK:
                return Option.some(EntryKind.UNFINISHED_WORK);
            case DUTY_LOG_ENTRY_KIND_PUBLIC_AREA_REPAIR:
                return Option.some(EntryKind.PUBLIC_AREA_REPAIR);
            case DUTY_LOG_ENTRY_KIND_DISPATCH_ORDER:
                return Option.some(EntryKind.DISPATCH_ORDER);
            case DUTY_LOG_ENTRY_KIND_COORDINATION_FORM:
                return Option.some(EntryKind.COORDINATION_FORM);
            case DUTY_LOG_ENTRY_KIND_ROUTINE:
                return Option.some(EntryKind.ROUTINE);
            default:
                return Option.none();
        }
    }

    static HandoverItemCategory category(ItemCategory category) {
        switch (category) {
            case OFFICE_SUPPLIES:
                return HandoverItemCategory.HANDOVER_ITEM_CATEGORY_OFFICE_SUPPLIES;
            case OFFICE_EQUIPMENT:
                return HandoverItemCategory.HANDOVER_ITEM_CATEGORY_OFFICE_EQUIPMENT;
            case RADIO:
                return HandoverItemCategory.HANDOVER_ITEM_CATEGORY_RADIO;
            case DOCUMENTS:
                return HandoverItemCategory.HANDOVER_ITEM_CATEGORY_DOCUMENTS;
            case SHOW_FLAT_KEY:
                return HandoverItemCategory.HANDOVER_ITEM_CATEGORY_SHOW_FLAT_KEY;
            case RECEIPTS:
                return HandoverItemCategory.HANDOVER_ITEM_CATEGORY_RECEIPTS;
            case CASH:
                return HandoverItemCategory.HANDOVER_ITEM_CATEGORY_CASH;
            default:
                throw new IllegalArgumentException("unknown item category " + category);
        }
    }

    static Option<ItemCategory> category(HandoverItemCategory category) {
        switch (category) {
            case HANDOVER_ITEM_CATEGORY_OFFICE_SUPPLIES:
                return Option.some(ItemCategory.OFFICE_SUPPLIES);
            case HANDOVER_ITEM_CATEGORY_OFFICE_EQUIPMENT:
                return Option.some(ItemCategory.OFFICE_EQUIPMENT);
            case HANDOVER_ITEM_CATEGORY_RADIO:
                return Option.some(ItemCategory.RADIO);
            case HANDOVER_ITEM_CATEGORY_DOCUMENTS:
                return Option.some(ItemCategory.DOCUMENTS);
            case HANDOVER_ITEM_CATEGORY_SHOW_FLAT_KEY:
                return Option.some(ItemCategory.SHOW_FLAT_KEY);
            case HANDOVER_ITEM_CATEGORY_RECEIPTS:
                return Option.some(ItemCategory.RECEIPTS);
            case HANDOVER_ITEM_CATEGORY_CASH:
                return Option.some(ItemCategory.CASH);
            default:
                return Option.none();
        }
    }

    static HandoverItemCondition condition(Condition condition) {
        switch (condition) {
            case PRESENT:
                return HandoverItemCondition.HANDOVER_ITEM_CONDITION_PRESENT;
            case DAMAGED:
                return HandoverItemCondition.HANDOVER_ITEM_CONDITION_DAMAGED;
            case MISSING:
                return HandoverItemCondition.HANDOVER_ITEM_CONDITION_MISSING;
            default:
                throw new IllegalArgumentException("unknown condition " + condition);
        }
    }

    static Option<Condition> condition(HandoverItemCondition condition) {
        switch (condition) {
            case HANDOVER_ITEM_CONDITION_PRESENT:
                return Option.some(Condition.PRESENT);
            case HANDOVER_ITEM_CONDITION_DAMAGED:
                return Option.some(Condition.DAMAGED);
            case HANDOVER_ITEM_CONDITION_MISSING:
                return Option.some(Condition.MISSING);
            default:
                return Option.none();
        }
    }

    static IncidentKind kind(org.propertydesk.domain.handover.IncidentKind kind) {
        switch (kind) {
            case FIRE:
                return IncidentKind.INCIDENT_KIND_FIRE;
            case INTRUSION:
                return IncidentKind.INCIDENT_KIND_INTRUSION;
            case TYPHOON:
                return IncidentKind.INCIDENT_KIND_TYPHOON;
            case OTHER_MAJOR:
                return IncidentKind.INCIDENT_KIND_OTHER_MAJOR;
            default:
                throw new IllegalArgumentException("unknown incident kind " + kind);
        }
    }

    static Option<org.propertydesk.domain.handover.IncidentKind> kind(IncidentKind kind) {
        switch (kind) {
            case INCIDENT_KIND_FIRE:
                return Option.some(org.propertydesk.domain.handover.IncidentKind.FIRE);
            case INCIDENT_KIND_INTRUSION:
                return Option.some(org.propertydesk.domain.handover.IncidentKind.INTRUSION);
            case INCIDENT_KIND_TYPHOON:
                return Option.some(org.propertydesk.domain.handover.IncidentKind.TYPHOON);
            case INCIDENT_KIND_OTHER_MAJOR:
                return Option.some(org.propertydesk.domain.handover.IncidentKind.OTHER_MAJOR);
            default:
                return Option.none();
        }
    }
}
