package ru.sferumworkflow.channels;

/** The names of «Публикация в системном канале» and «Трансляция», and of their forms' fields. */
public final class ChannelVariables {

    public static final String PUBLICATION_PROCESS = "channelPublication";
    public static final String BROADCAST_PROCESS = "broadcast";

    /** The request: from the start form, or set by the REST API that created the publication with its files. */
    public static final String PUBLICATION_ID = "publicationId";
    public static final String CHANNEL = "channel";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String WISHED_DATE = "wishedDate";

    /** Shown on the forms. */
    public static final String CHANNEL_TITLE = "channelTitle";
    public static final String WISHED_DATE_TEXT = "wishedDateText";
    public static final String FILES = "files";
    public static final String AUTHOR = "author";
    public static final String AUTHOR_NAME = "authorName";

    /** The administrator's check, the author's revision, the publication. */
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String APPROVED = "approved";
    public static final String REVISION = "revision";
    public static final String RESUBMITTED = "resubmitted";
    public static final String PUBLISHED = "published";

    /** «Трансляция»: the request. */
    public static final String TOPIC = "topic";
    public static final String STARTS_ON = "startsOn";
    public static final String STARTS_TIME = "startsTime";
    public static final String FOR_STUDENTS = "forStudents";
    public static final String FOR_PARENTS = "forParents";
    public static final String FOR_STAFF = "forStaff";
    public static final String GROUP_CODES = "groupCodes";
    public static final String HOST = "host";

    /** Set at the start, for the forms and the host's task. */
    public static final String BROADCAST_TEXT = "broadcastText";
    public static final String HOST_USER = "hostUser";
    public static final String ANNOUNCE_CHANNEL = "announceChannel";

    /** The administration's decision, the announcements, the report. */
    public static final String DECISION = "broadcastDecision";
    public static final String DECISION_COMMENT = "broadcastComment";
    public static final String BROADCAST_APPROVED = "broadcastApproved";
    public static final String CHAT_ID = "chatId";
    public static final String CHAT_TITLE = "chatTitle";
    public static final String ANNOUNCED = "announced";
    public static final String ATTENDANCE = "attendance";
    public static final String REPORT = "report";

    private ChannelVariables() {
    }
}
