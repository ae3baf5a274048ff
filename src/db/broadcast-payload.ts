/**
 * What a broadcast is about, as stored in broadcasts.payload: ids only, rendered per chat in its
 * language when it is sent. Each kind has a key of its own, so `"gamesIds" in payload` tells them
 * apart; rows written before this type existed have the same shapes.
 */
export type BroadcastPayload = CountdownPayload | LicenseAlertPayload | ResultAlertPayload | QualifierPayload;

/** A countdown: the Games it counts down to. */
export interface CountdownPayload {
  gamesIds: number[];
}

/** A license alert: the license it announces. */
export interface LicenseAlertPayload {
  licenseId: number;
}

/**
 * A result alert (`resultId`), or the correction of one (`correction`: the same result, as it is
 * now, to the chats that got the alert; removed: that it was withdrawn).
 */
export interface ResultAlertPayload {
  resultId: number;
  correction?: true;
  /** A correction's Games and sport, which name the result once it is removed (fans' data drops it). */
  gamesId?: number;
  sportId?: number;
}

/**
 * About a qualification event: the reminder the day before it starts, or the summary once staff
 * closed it (what was won there, or the next chance).
 */
export interface QualifierPayload {
  qualifierId: number;
  stage: "reminder" | "summary";
}

/** A broadcast's kind with the payload of that kind, as they are written: the two cannot disagree. */
export type BroadcastSubject =
  | { kind: "countdown"; payload: CountdownPayload }
  | { kind: "license"; payload: LicenseAlertPayload }
  | { kind: "result"; payload: ResultAlertPayload }
  | { kind: "qualifier"; payload: QualifierPayload };
