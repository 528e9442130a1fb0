/**
 * The verification of the status «учитель» (seed §20.1–20.4): a decision table against the staff roster, an
 * administrator's review with escalation to the director, and the confirmation on the platform.
 */
package ru.sferumworkflow.verification;
