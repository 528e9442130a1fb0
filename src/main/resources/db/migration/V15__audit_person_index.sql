-- «Аудит» finds the processes concerning a person through the records that name them; the breaches were indexed by
-- chat and person together only.
CREATE INDEX SFW_BREACH_PERSON ON SFW_BREACH (PERSON_ID);
