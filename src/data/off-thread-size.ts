/**
 * From this size (in characters, or bytes as fetched) a dataset is read in a Worker. Below it, reading in the page
 * takes well under a frame's worth of work per kilobyte and a Worker's start-up would cost more
 * than it saves; above it, parsing and checking take long enough to freeze the loading state.
 * Apart from read-off-thread so that the Worker, which decides it too for a download it fetched
 * ahead (serve-fetch-ahead.ts), does not bundle the page's side of a reading.
 */
export const OFF_THREAD_FROM_CHARS = 2_000_000;
