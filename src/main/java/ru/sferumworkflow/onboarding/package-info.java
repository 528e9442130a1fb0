/**
 * The college's way onto the platform (seed §20.1–20.2): the director approves the order that appoints
 * the platform administrator; later steps send the registration request and set the college up.
 * The models are in processes/onboarding/.
 */
package ru.sferumworkflow.onboarding;
