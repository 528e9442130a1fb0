/**
 * Chats of the college on the platform and who sits in them (seed §20.2–20.4, §21.4). A membership that ends keeps
 * its row with the end, the reason and the document; the removal of people who leave is in {@code removal}.
 */
package ru.sferumworkflow.chats;
