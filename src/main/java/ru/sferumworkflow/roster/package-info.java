/**
 * The college's roster (seed §20.1 «редактирует информацию, связанную с движением обучающихся и педагогических
 * работников»): groups, staff, students and their parents, consents; CSV imports that fill it and movement events
 * (dismissal, expulsion, graduation, transfer, return) that start the removal from chats.
 */
package ru.sferumworkflow.roster;
