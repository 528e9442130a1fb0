/**
 * Appointments the director approves (seed §20.1): additional platform administrators from among the verified
 * teachers, and the class teachers of the groups from the director's distribution.
 */
package ru.sferumworkflow.appointments;
