package ru.sferumworkflow.onboarding;

/** Names of the process variables of «Приказ о назначении администратора Сферума», as the forms use them. */
public final class OrderVariables {

    public static final String ORDER_ID = "orderId";
    public static final String DRAFTER = "drafter";
    public static final String NUMBER = "orderNumber";
    public static final String DATE = "orderDate";
    public static final String ADMIN_FULL_NAME = "adminFullName";
    public static final String ADMIN_POSITION = "adminPosition";
    public static final String ADMIN_EMAIL = "adminEmail";
    public static final String ADMIN_PHONE = "adminPhone";
    public static final String SECOND_FULL_NAME = "secondFullName";
    public static final String SECOND_POSITION = "secondPosition";
    public static final String DECISION = "directorDecision";
    public static final String COMMENT = "directorComment";
    public static final String DECIDED_BY = "decidedBy";

    public static final String APPROVE = "approve";
    public static final String RETURN = "return";

    private OrderVariables() {
    }
}
