ALTER TYPE "public"."broadcast_kind" ADD VALUE 'qualifier';--> statement-breakpoint
CREATE TABLE "qualification_event_athletes" (
	"qualifier_id" integer NOT NULL,
	"athlete_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "qualification_event_athletes_qualifier_id_athlete_id_pk" PRIMARY KEY("qualifier_id","athlete_id")
);
--> statement-breakpoint
CREATE TABLE "qualification_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "qualification_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"games_id" integer NOT NULL,
	"sport_id" integer NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text,
	"name_kk" text,
	"event_en" text,
	"event_ru" text,
	"event_kk" text,
	"place_en" text,
	"place_ru" text,
	"place_kk" text,
	"place_country" text,
	"host_tz" text NOT NULL,
	"first_day" date NOT NULL,
	"last_day" date NOT NULL,
	"quota_places" integer,
	"source" text,
	"draft_key" text,
	"created_by" bigint,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" bigint,
	"removed_at" timestamp with time zone,
	"removed_by" bigint,
	CONSTRAINT "qualification_events_draft_key_unique" UNIQUE("draft_key"),
	CONSTRAINT "qualification_events_days_ordered" CHECK ("qualification_events"."last_day" >= "qualification_events"."first_day"),
	CONSTRAINT "qualification_events_quota_places_positive" CHECK ("qualification_events"."quota_places" > 0),
	CONSTRAINT "qualification_events_place_country_code" CHECK ("qualification_events"."place_country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "qualification_events_event_has_english" CHECK ("qualification_events"."event_en" is not null or ("qualification_events"."event_ru" is null and "qualification_events"."event_kk" is null)),
	CONSTRAINT "qualification_events_place_has_english" CHECK ("qualification_events"."place_en" is not null or ("qualification_events"."place_ru" is null and "qualification_events"."place_kk" is null))
);
--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "qualifier_id" integer;--> statement-breakpoint
ALTER TABLE "qualification_event_athletes" ADD CONSTRAINT "qualification_event_athletes_qualifier_id_qualification_events_id_fk" FOREIGN KEY ("qualifier_id") REFERENCES "public"."qualification_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_event_athletes" ADD CONSTRAINT "qualification_event_athletes_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_events" ADD CONSTRAINT "qualification_events_games_id_games_id_fk" FOREIGN KEY ("games_id") REFERENCES "public"."games"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_events" ADD CONSTRAINT "qualification_events_sport_id_sports_id_fk" FOREIGN KEY ("sport_id") REFERENCES "public"."sports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "qualification_event_athletes_athlete_idx" ON "qualification_event_athletes" USING btree ("athlete_id");--> statement-breakpoint
CREATE INDEX "qualification_events_games_sport_idx" ON "qualification_events" USING btree ("games_id","sport_id");--> statement-breakpoint
CREATE INDEX "qualification_events_sport_idx" ON "qualification_events" USING btree ("sport_id");--> statement-breakpoint
CREATE INDEX "qualification_events_first_day_idx" ON "qualification_events" USING btree ("first_day");--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_qualifier_id_qualification_events_id_fk" FOREIGN KEY ("qualifier_id") REFERENCES "public"."qualification_events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "licenses_qualifier_idx" ON "licenses" USING btree ("qualifier_id");--> statement-breakpoint
-- hand-written (drizzle-kit does not generate triggers): qualification events and their entries
-- are part of what fans read, so a change to them bumps fan_data_version like the tables of
-- migrations 0005 and 0009.
CREATE CONSTRAINT TRIGGER "qualification_events_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "qualification_events" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "qualification_event_athletes_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "qualification_event_athletes" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();
