package ru.sferumworkflow.onboarding;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One done step of setting the college up on the platform: what, who, when. Kept for good. */
@Entity
@Table(name = "SFW_ONBOARDING_STEP")
public class OnboardingStep {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64, nullable = false)
    private String processInstanceId;

    @Column(name = "STEP", length = 64, nullable = false)
    private String step;

    @Column(name = "TITLE", length = 300, nullable = false)
    private String title;

    @Column(name = "DETAIL", length = 1000)
    private String detail;

    @Column(name = "DONE_BY", length = 64)
    private String doneBy;

    @Column(name = "DONE_AT", nullable = false)
    private OffsetDateTime doneAt;

    protected OnboardingStep() {
        // for JPA
    }

    public OnboardingStep(String collegeId, String processInstanceId, String step, String title, String detail,
            String doneBy, OffsetDateTime doneAt) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.processInstanceId = processInstanceId;
        this.step = step;
        this.title = title;
        this.detail = detail;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
    }

    public String collegeId() { return collegeId; }
    public String processInstanceId() { return processInstanceId; }
    public String step() { return step; }
    public String title() { return title; }
    public String detail() { return detail; }
    public String doneBy() { return doneBy; }
    public OffsetDateTime doneAt() { return doneAt; }
}
