package ru.sferumworkflow.invitation;

/**
 * What the join page sends when the visitor uses the link.
 * @param rules the rules are accepted
 * @param rulesVersion the version of the chat's rules the page showed; null when the client does not say
 * @param consent the consent to the processing of personal data is given
 * @param parentId the parent who consents for a minor; ignored otherwise
 * @param phone for a teacher: the mobile number their platform profile uses, checked in the status verification
 * @param email for a teacher: an e-mail for the verification's outcome; may be empty
 */
public record JoinClaim(boolean rules, Integer rulesVersion, boolean consent, String parentId, String phone,
        String email) {
}
