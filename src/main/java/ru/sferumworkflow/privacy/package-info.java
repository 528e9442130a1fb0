/**
 * Personal data under 152-ФЗ: when the purpose of processing is achieved (a student expelled or graduated, a staff
 * member dismissed, a parent with no child here any more) and the days kept have passed, the destruction of the
 * person's data is proposed; an administrator and a second member of the commission approve; the data is erased in
 * the application's tables and the engine's history, and an act with an extract from the event log is kept for three
 * years.
 */
package ru.sferumworkflow.privacy;
