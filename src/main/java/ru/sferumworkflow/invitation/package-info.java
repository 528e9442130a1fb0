/**
 * Invitation links (seed §20.1, §20.3–20.6, §21.4): an invitation into a class or chat in one role, sent to named
 * people as personal links to the join page, where they read the chat's rules and give consent before they see
 * the platform's link; the issuer accepts each join; unclaimed links die at expiry or on revocation and the
 * platform link is annulled by an administrator.
 */
package ru.sferumworkflow.invitation;
