package ru.sferumworkflow.channels;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A broadcast (трансляция) or online event: the request, the administration's decision, the host's report. */
@Entity
@Table(name = "SFW_BROADCAST")
public class Broadcast {

    /** Where a broadcast stands. */
    public enum Status { REQUESTED, APPROVED, REFUSED, REPORTED }

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "PROCESS_INSTANCE_ID", length = 64, nullable = false)
    private String processInstanceId;

    @Column(name = "TOPIC", length = 300, nullable = false)
    private String topic;

    /** The audiences, comma-separated: STUDENTS, PARENTS, STAFF. */
    @Column(name = "AUDIENCE", length = 100, nullable = false)
    private String audience;

    @Column(name = "GROUP_CODES", length = 1000)
    private String groupCodes;

    @Column(name = "STARTS_AT", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "HOST_ID", length = 36, nullable = false)
    private String hostId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private Status status;

    @Column(name = "REQUESTED_BY", length = 64, nullable = false)
    private String requestedBy;

    @Column(name = "REQUESTED_AT", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "DECIDED_BY", length = 64)
    private String decidedBy;

    @Column(name = "DECISION_COMMENT", length = 1000)
    private String decisionComment;

    @Column(name = "ATTENDANCE")
    private Integer attendance;

    @Column(name = "REPORT", length = 2000)
    private String report;

    @Column(name = "REPORTED_BY", length = 64)
    private String reportedBy;

    @Column(name = "REPORTED_AT")
    private OffsetDateTime reportedAt;

    protected Broadcast() {
        // for JPA
    }

    public Broadcast(String collegeId, String processInstanceId, String topic, List<Audience> audience,
            List<String> groupCodes, OffsetDateTime startsAt, String hostId, String requestedBy, OffsetDateTime at) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.processInstanceId = processInstanceId;
        this.topic = topic;
        this.audience = audience.stream().map(Audience::name).collect(Collectors.joining(","));
        this.groupCodes = groupCodes.isEmpty() ? null : String.join(",", groupCodes);
        this.startsAt = startsAt;
        this.hostId = hostId;
        this.status = Status.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    public void decided(boolean approved, String by, String comment) {
        status = approved ? Status.APPROVED : Status.REFUSED;
        decidedBy = by;
        decisionComment = comment;
    }

    public void reported(int people, String text, String by, OffsetDateTime at) {
        status = Status.REPORTED;
        attendance = people;
        report = text;
        reportedBy = by;
        reportedAt = at;
    }

    public List<Audience> audience() {
        return Arrays.stream(audience.split(",")).map(Audience::valueOf).toList();
    }

    public List<String> groupCodes() {
        return groupCodes == null ? List.of() : List.of(groupCodes.split(","));
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String processInstanceId() { return processInstanceId; }
    public String topic() { return topic; }
    public OffsetDateTime startsAt() { return startsAt; }
    public String hostId() { return hostId; }
    public Status status() { return status; }
    public Integer attendance() { return attendance; }
    public String report() { return report; }
}
