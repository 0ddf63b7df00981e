package org.propertydesk.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Department;
import org.propertydesk.domain.kernel.Role;

@DisplayName("A day at the desk: the scenario fixture")
class DeskDayTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static DeskDay day() {
        return DeskDay.in("翠湖花园管理处", SHANGHAI)
                .calendar(DeskDay.chinese2026(SHANGHAI))
                .staff("王总", Role.COMPANY_LEADERSHIP, Department.ADMINISTRATION_HR)
                .staff("周经理", Role.OFFICE_MANAGER, Department.ADMINISTRATION_HR, "王总")
                .staff("陈主管", Role.SUPERVISOR, Department.CUSTOMER_SERVICE, "周经理")
                .staff("小林", Role.CUSTOMER_SERVICE_ASSISTANT, Department.CUSTOMER_SERVICE, "陈主管")
                .staff("老赵", Role.SECURITY_OFFICER, Department.SECURITY, "陈主管", ClearanceLevel.SECRET)
                .posts("前台", "东门岗")
                .startingAt("2026-09-30T16:00");
    }

    private static LocalDateTime local(DeskDay day) {
        return day.localNow().toLocalDateTime();
    }

    @Test
    @DisplayName("K-4: staff are in the office's directory with the superiors the story gave them")
    void staffAndSuperiors() {
        DeskDay day = day();

        assertThat(day.directory().staffMember(day.office(), day.staff("小林"))).contains(day.member("小林"));
        assertThat(day.member("小林").superior()).contains(day.staff("陈主管"));
        assertThat(day.member("王总").superior()).isEmpty();
        assertThat(day.member("老赵").clearance()).isEqualTo(ClearanceLevel.SECRET);
        assertThat(day.directory().staffOf(day.office())).hasSize(5);
    }

    @Test
    @DisplayName("the same story gives the same ids on every run, and different posts different ids")
    void stableIds() {
        assertThat(day().staff("小林")).isEqualTo(day().staff("小林"));
        assertThat(day().office()).isEqualTo(day().office());
        assertThat(day().post("前台")).isEqualTo(day().post("前台")).isNotEqualTo(day().post("东门岗"));
    }

    @Test
    @DisplayName("K-3: working time skips the evening, the National Day holiday and the weekend")
    void workingTime() {
        DeskDay day = day();

        day.afterWorkingTime(Duration.ofHours(3));

        // 16:00–18:00 on 30 September is two hours; 1–7 October are holidays, the 8th is a Thursday.
        assertThat(local(day)).isEqualTo(LocalDateTime.of(2026, 10, 8, 10, 0));
        assertThat(day.calendars().of(day.office())).contains(day.calendar());
    }

    @Test
    @DisplayName("K-3: the make-up working day on Saturday 10 October counts as a working day")
    void makeUpDay() {
        DeskDay day = day();
        day.atLocal("2026-10-09T17:00");

        day.afterWorkingTime(Duration.ofHours(2));

        assertThat(local(day)).isEqualTo(LocalDateTime.of(2026, 10, 10, 10, 0));
    }

    @Test
    @DisplayName("the clock moves by wall time, to a local time, and to the next morning, but never backwards")
    void clock() {
        DeskDay day = day();

        day.later(Duration.ofMinutes(90));
        assertThat(local(day)).isEqualTo(LocalDateTime.of(2026, 9, 30, 17, 30));
        day.nextDayAt(LocalTime.of(8, 0));
        assertThat(local(day)).isEqualTo(LocalDateTime.of(2026, 10, 1, 8, 0));
        assertThatThrownBy(() -> day.atLocal("2026-09-30T09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> day.later(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a name the story never introduced fails clearly, naming it")
    void unknownNames() {
        DeskDay day = day();

        assertThatThrownBy(() -> day.staff("小王")).hasMessageContaining("小王");
        assertThatThrownBy(() -> day.post("西门岗")).hasMessageContaining("西门岗");
        assertThatThrownBy(() -> DeskDay.in("x", SHANGHAI).staff("a", Role.SUPERVISOR, Department.SECURITY, "nobody"))
                .hasMessageContaining("nobody");
    }

    @Test
    @DisplayName("K-4: a staff member below leadership without a superior is refused by the domain's own validation")
    void domainValidation() {
        assertThatThrownBy(() -> DeskDay.in("x", SHANGHAI).staff("a", Role.SUPERVISOR, Department.SECURITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("superior");
    }
}
