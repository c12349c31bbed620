/** Field messages of the synpunkter API (issue #17), spread into FIELD_MESSAGES (messages.ts). */
export const COMPLAINT_FIELD_MESSAGES = {
  complaint_anonymous_with_details: {
    sv: 'En anonym synpunkt har inga kontaktuppgifter.',
    en: 'An anonymous submission has no contact details.',
  },
  complaint_anonymous_answer: {
    sv: 'En anonym synpunkt kan inte få svar.',
    en: 'An anonymous submission cannot be answered.',
  },
  complaint_answer_needs_address: {
    sv: 'Ange en adress, e-post eller telefon om medborgaren vill ha svar.',
    en: 'Give an address, e-mail or phone number if the citizen wants an answer.',
  },
  complaint_contact_unknown: { sv: 'Kontakten finns inte.', en: 'The contact does not exist.' },
  complaint_unit_unknown: { sv: 'Enheten finns inte.', en: 'The unit does not exist.' },
  complaint_received_at_out_of_range: {
    sv: 'Tiden kan inte ligga i framtiden eller före år 2000.',
    en: 'The time cannot be in the future or before 2000.',
  },
  complaint_topic_unknown: { sv: 'Ämnet finns inte.', en: 'The topic does not exist.' },
  complaint_category_unknown: {
    sv: 'Kategorin finns inte i kommunens lista.',
    en: "The category is not in the municipality's list.",
  },
  complaint_transition: {
    sv: 'Ärendet kan inte gå från {from} till {to}.',
    en: 'The case cannot go from {from} to {to}.',
  },
  complaint_measures_when_closing: {
    sv: 'Vad som gjorts anges när ärendet avslutas.',
    en: 'What was done is given when the case is closed.',
  },
  complaint_improvement_unknown: { sv: 'Förbättringen finns inte.', en: 'The improvement does not exist.' },
  complaint_category_twice: { sv: 'Nyckeln finns redan i listan.', en: 'The key is already in the list.' },
  complaint_answer_before_acknowledge: {
    sv: 'Tiden för svar kan inte vara kortare än tiden för bekräftelse.',
    en: 'The time to answer cannot be shorter than the time to acknowledge.',
  },
  invalid_cursor: { sv: 'Ogiltig sidmarkör.', en: 'Invalid page cursor.' },
} as const;
