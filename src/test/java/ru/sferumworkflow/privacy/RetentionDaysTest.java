package ru.sferumworkflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import ru.sferumworkflow.platform.Settings;
import ru.sferumworkflow.roster.PersonRole;

/** SFERUM_PERSONAL_DATA_DAYS: each role once, whole days; anything else stops with a hint. */
class RetentionDaysTest {

    @Test
    void theDefaultKeepsEveryRoleAYear() {
        assertThat(RetentionDays.parse(Settings.PERSONAL_DATA_DAYS.get())).containsEntry(PersonRole.STUDENT, 365)
                .containsEntry(PersonRole.PARENT, 365).containsEntry(PersonRole.STAFF, 365);
        assertThat(RetentionDays.parse("STAFF=0, STUDENT=1095,PARENT=30")).containsEntry(PersonRole.STAFF, 0);
    }

    @Test
    void aMissingRepeatedOrUnknownRoleIsRefused() {
        for (String wrong : new String[] {"STUDENT=365,PARENT=365", "STUDENT=365,STUDENT=1,PARENT=1,STAFF=1",
                "TEACHER=1,STUDENT=1,PARENT=1,STAFF=1", "STUDENT=год,PARENT=1,STAFF=1", ""}) {
            assertThatThrownBy(() -> RetentionDays.parse(wrong)).as(wrong).hasMessageContaining("SFERUM_PERSONAL_DATA_DAYS");
        }
    }
}
