/**
 * A printout is paper: past this many events it would run to hundreds of pages and keep the
 * browser laying them out for minutes. The rest is named, and the data export has them all.
 * (A file of its own: the page asks for its summaries ahead without loading the printout.)
 */
export const PRINTED_EVENTS = 2000;
