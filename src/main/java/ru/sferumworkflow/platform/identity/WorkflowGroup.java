package ru.sferumworkflow.platform.identity;

import java.util.Arrays;
import java.util.List;

/** The groups of the college's regulation (see DESIGN.md), as Camunda groups with Russian names. */
public enum WorkflowGroup {

    DIRECTOR("director", "Директор"),
    ADMINISTRATION("administration", "Администрация (заместители директора)"),
    ADMINISTRATORS("administrators", "Администраторы Сферума"),
    CLASS_TEACHERS("class-teachers", "Классные руководители"),
    TEACHERS("teachers", "Преподаватели и мастера п/о"),
    AUDITORS("auditors", "Проверяющие"),
    OPERATORS("camunda-admin", "Системные администраторы");

    public static final String TYPE_WORKFLOW = "WORKFLOW";
    public static final String TYPE_SYSTEM = "SYSTEM";

    private final String id;
    private final String displayName;

    WorkflowGroup(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String type() {
        return this == OPERATORS ? TYPE_SYSTEM : TYPE_WORKFLOW;
    }

    /** The groups whose members do the college's work in Tasklist (everyone but the system operators). */
    public static List<WorkflowGroup> staffGroups() {
        return Arrays.stream(values()).filter(group -> group != OPERATORS).toList();
    }
}
