/**
 * «Удаление из чатов» (seed §21.4): when a worker is dismissed or a student leaves, every chat they sit in — and,
 * for a student, the parents who have no other child there — loses them through the chat moderator's task; their
 * open invitation links die at once; a dismissed moderator's chats get a new moderator first; a transferred student
 * is invited to the new group's chats. Model: {@code processes/removal/}.
 */
package ru.sferumworkflow.removal;
