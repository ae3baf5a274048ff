/**
 * What a broadcast is about, as stored in broadcasts.payload: ids only, rendered per chat in its
 * language when it is sent. Each kind has a key of its own, so `"gamesIds" in payload` tells them
 * apart; rows written before this type existed have the same shapes.
 */
export type BroadcastPayload = CountdownPayload | LicenseAlertPayload;

/** A countdown: the Games it counts down to. */
export interface CountdownPayload {
  gamesIds: number[];
}

/** A license alert: the license it announces. */
export interface LicenseAlertPayload {
  licenseId: number;
}

/** A broadcast's kind with the payload of that kind, as they are written: the two cannot disagree. */
export type BroadcastSubject = { kind: "countdown"; payload: CountdownPayload } | { kind: "license"; payload: LicenseAlertPayload };
