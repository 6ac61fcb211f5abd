/** Where an event takes place, as its frontmatter `venue` describes it. */
export interface Venue {
  name: string;
  room?: string | undefined;
  street: string;
  postalCode?: string | undefined;
  city: string;
  /** ISO 3166 code, e.g. PL. */
  country: string;
}

/** The place's name with its room, if any: "Muzeum Krakowa, Sala Miedziana". */
export function placeName(venue: Venue): string {
  return [venue.name, venue.room].filter(Boolean).join(', ');
}

/**
 * The venue on one line, as the event page, the calendar files and the feeds
 * write it: "Muzeum Krakowa, Sala Miedziana, Rynek Główny 35, Kraków"
 * (with the postal code before the city when the editor gave one).
 */
export function venueText(venue: Venue): string {
  const locality = [venue.postalCode, venue.city].filter(Boolean).join(' ');
  return [placeName(venue), venue.street, locality].join(', ');
}

/**
 * Where an event is, on one line, for any attendance mode: the venue for an
 * event in person, the word for online (in the reader's language) for one on
 * the internet, both for a hybrid one. `short` keeps only the place and city,
 * as lists show it.
 */
export function whereText(
  event: { venue?: Venue | undefined; attendance: 'inPerson' | 'online' | 'hybrid' },
  onlineLabel: string,
  short = false,
): string {
  const parts: string[] = [];
  if (event.venue && event.attendance !== 'online') parts.push(short ? `${event.venue.name}, ${event.venue.city}` : venueText(event.venue));
  if (event.attendance !== 'inPerson') parts.push(onlineLabel);
  return parts.join('; ');
}
