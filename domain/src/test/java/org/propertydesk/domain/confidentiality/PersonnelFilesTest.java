package org.propertydesk.domain.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.propertydesk.domain.confidentiality.ConfidentialityFixture.*;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.propertydesk.domain.kernel.ClearanceLevel;
import org.propertydesk.domain.kernel.Role;
import org.propertydesk.domain.kernel.Rule;

class PersonnelFilesTest {

    @Test
    @DisplayName("R-CF-8: the file's custodian, cleared top secret, may not read another person's personnel file")
    void custodianMayNotRead() {
        var clerk = staff(Role.SUPERVISOR, ClearanceLevel.TOP_SECRET);
        var file = keptBy(personnelFileOf(assistant()), clerk);

        var denial = refused(AccessPolicy.decide(clerk, file, Access.READ, TUESDAY_10AM, none(), List.empty()));

        assertThat(denial.rules()).containsExactly(Rule.R_CF_8);
    }

    @Test
    @DisplayName("R-CF-8: company leadership may not read another person's personnel file either, nor borrow it")
    void leadershipMayNotRead() {
        var file = personnelFileOf(departmentManager());
        var boss = leadership();
        assertThat(refused(AccessPolicy.decide(boss, file, Access.READ, TUESDAY_10AM, none(), List.empty())).names(Rule.R_CF_8))
                .isTrue();
        assertThat(refused(Loan.request(new LoanId(nextId()), file, boss, LoanTerm.SAME_DAY, TUESDAY_10AM)).names(Rule.R_CF_8))
                .isTrue();
    }

    @Test
    @DisplayName("R-CF-8: a department manager may read their own (secret) personnel file")
    void ownFile() {
        var manager = departmentManager();
        var granted = AccessPolicy.decide(manager, personnelFileOf(manager), Access.READ, TUESDAY_10AM, none(), List.empty()).get();
        assertThat(granted.decidedBy()).isEqualTo(Rule.R_CF_8);
    }
}
