/**
 * The domain's audit trail: who did what, when, about whom — written in the same transaction as the step it
 * records, so that the trail and the data never disagree. Auditors read it together with the engine's history.
 */
package ru.sferumworkflow.audit;
