CREATE TABLE "fan_data_version" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "fan_data_version_one_row" CHECK ("fan_data_version"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "fan_data_version" ("id", "version") VALUES (1, 0);--> statement-breakpoint
-- Written by hand (drizzle-kit does not generate triggers). Fired once per row but deferred to the
-- commit, and counting once per transaction: the version row is locked only at the very end of a
-- writing transaction (no lock-order deadlock with the rows it touched), and a rolled-back
-- transaction changes nothing. NOTIFY is delivered at commit, to every instance listening.
CREATE FUNCTION "fan_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v bigint;
BEGIN
  IF current_setting('fan_data.counted_in', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config('fan_data.counted_in', txid_current()::text, true);
    UPDATE "fan_data_version" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO v;
    PERFORM pg_notify('fan_data', v::text);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "games_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "games" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "sports_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "sports" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "sport_aliases_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "sport_aliases" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "competition_windows_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "competition_windows" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "licenses_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "licenses" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "athletes_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "athletes" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "license_athletes_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "license_athletes" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "results_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "results" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "result_athletes_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "result_athletes" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "reported_totals_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "reported_totals" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
-- A chat's language or status changed (by /language, a block, the sender's 403): instances that
-- keep chats in memory forget that one. last_seen_at and the Telegram language, written behind,
-- do not fire it.
CREATE FUNCTION "chat_prefs_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- With the new values, so the instance that made the change (already up to date) keeps its copy.
  PERFORM pg_notify('chat_prefs', json_build_object('id', NEW."id", 'language', NEW."language", 'status', NEW."status")::text);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "chats_prefs_changed" AFTER UPDATE OF "language", "status" ON "chats" FOR EACH ROW
  WHEN (OLD."language" IS DISTINCT FROM NEW."language" OR OLD."status" IS DISTINCT FROM NEW."status")
  EXECUTE FUNCTION "chat_prefs_changed"();
