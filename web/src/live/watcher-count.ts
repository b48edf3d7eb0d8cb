// How many people watch an auction, as its page shows it: the count the API
// gave, moved by the viewer's own star since, so pressing it counts at once
// (the star is optimistic, and undone if the API refuses).

/** The API's count, and whether the viewer was among them when it was read. */
export interface WatcherReading {
  count: number;
  viewerWatched: boolean;
}

export function watchersShown(reading: WatcherReading, viewerWatchesNow: boolean): number {
  return Math.max(0, reading.count - Number(reading.viewerWatched) + Number(viewerWatchesNow));
}
