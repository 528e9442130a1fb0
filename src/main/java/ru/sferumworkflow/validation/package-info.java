/** Checks and normal forms of what people type: names, phones, e-mail addresses; errors in Russian. */
package ru.sferumworkflow.validation;
