import { IMPORT_KINDS } from "../../domain/imports/registry.js";
import { CallbackDataError, callbackData, choice, type Field, id } from "./codec.js";

/** A kind of import by its letter (the registry's; a kind added there gets its buttons). */
const kind = choice<string>(Object.fromEntries(IMPORT_KINDS.map((k) => [k.name, k.code])));

/** The plan digest of a preview (domain/imports/plan.ts): 16 hex digits. */
const digest: Field<string> = {
  pattern: "[0-9a-f]{16}",
  encode(value) {
    if (!/^[0-9a-f]{16}$/.test(value)) throw new CallbackDataError(`not a plan digest: ${value}`);
    return value;
  },
  decode: (text) => text,
};

/** imt:<kind>: /import's choice: send that kind's template, its columns explained. */
export const importTemplateButton = callbackData("imt", { kind });

/** exk:<kind>: /export's choice: send that kind's data as a CSV file. */
export const exportKindButton = callbackData("exk", { kind });

/**
 * ima:<digest>: Apply the file the preview answers (the message's reply_to_message) if it still
 * makes the same plan (the digest names the kind too).
 */
export const importApplyButton = callbackData("ima", { digest });

/** imc: Cancel a preview: nothing is written. */
export const importCancelButton = callbackData("imc", {});

/** imu:<auditId>: Undo an import, whole (its audit row names what it changed). */
export const importUndoButton = callbackData("imu", { auditId: id });
