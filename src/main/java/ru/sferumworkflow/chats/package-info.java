/**
 * Chats of the college on the platform and who sits in them (seed §20.2–20.4, §21.4), and the removal of people
 * who leave. A membership that ends keeps its row with the end, the reason and the document.
 */
package ru.sferumworkflow.chats;
