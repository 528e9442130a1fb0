/** Documents the processes produce and keep (the approved order as PDF), and their download. */
package ru.sferumworkflow.documents;
