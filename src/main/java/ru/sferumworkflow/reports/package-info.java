/**
 * «Отчёт об использовании платформы»: on the first working day of each month the figures of the month before
 * (invitations by role and group, verification times, removals on time, restrictions, annulled links) are put
 * together for each college, kept, shown as a page and a PDF, and the director reads them — or sends them back to
 * the administrators with questions (seed §20.1: the administrator «доводит до сведения директора Техникума
 * статистические данные по использованию платформы»).
 */
package ru.sferumworkflow.reports;
