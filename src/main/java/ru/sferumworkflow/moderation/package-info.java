/**
 * «Нарушение правил чата» (seed §21.4): a moderator records a breach of a named rule of the chat — never anything
 * else; a first breach means reminding the rules, a repeated one within a period a restriction for a stated term,
 * told to the person (and a minor's parent) by mail with a personal link to appeal; the administration upholds or
 * lifts it, and it lifts by itself when the term ends. Model: {@code processes/moderation/}.
 */
package ru.sferumworkflow.moderation;
