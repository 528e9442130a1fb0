/**
 * The college's system channels (seed §20.1–20.2): material for «Общешкольный канал» and «Сотрудники» checked and
 * published by the administrator, and broadcasts (трансляции) with their announcement, reminder and report.
 */
package ru.sferumworkflow.channels;
