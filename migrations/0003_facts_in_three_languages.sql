CREATE TYPE "public"."medal" AS ENUM('gold', 'silver', 'bronze');--> statement-breakpoint
CREATE TABLE "athletes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "athletes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name_en" text,
	"name_ru" text,
	"name_kk" text,
	"seed_key" text,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "athletes_seed_key_unique" UNIQUE("seed_key"),
	CONSTRAINT "athletes_named" CHECK (coalesce("athletes"."name_en", "athletes"."name_ru", "athletes"."name_kk") is not null)
);
--> statement-breakpoint
CREATE TABLE "license_athletes" (
	"license_id" integer NOT NULL,
	"athlete_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "license_athletes_license_id_athlete_id_pk" PRIMARY KEY("license_id","athlete_id")
);
--> statement-breakpoint
CREATE TABLE "result_athletes" (
	"result_id" integer NOT NULL,
	"athlete_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "result_athletes_result_id_athlete_id_pk" PRIMARY KEY("result_id","athlete_id")
);
--> statement-breakpoint
CREATE TABLE "results" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "results_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"games_id" integer NOT NULL,
	"sport_id" integer NOT NULL,
	"medal" "medal" NOT NULL,
	"event_en" text,
	"event_ru" text,
	"event_kk" text,
	"team_en" text,
	"team_ru" text,
	"team_kk" text,
	"won_on" date,
	"source" text,
	"note_en" text,
	"note_ru" text,
	"note_kk" text,
	"seed_key" text,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_seed_key_unique" UNIQUE("seed_key"),
	CONSTRAINT "results_event_required" CHECK ("results"."event_en" is not null),
	CONSTRAINT "results_event_has_english" CHECK ("results"."event_en" is not null or ("results"."event_ru" is null and "results"."event_kk" is null)),
	CONSTRAINT "results_team_has_english" CHECK ("results"."team_en" is not null or ("results"."team_ru" is null and "results"."team_kk" is null)),
	CONSTRAINT "results_note_has_english" CHECK ("results"."note_en" is not null or ("results"."note_ru" is null and "results"."note_kk" is null))
);
--> statement-breakpoint
ALTER TABLE "competition_windows" RENAME COLUMN "note" TO "note_en";--> statement-breakpoint
ALTER TABLE "games" RENAME COLUMN "note" TO "note_en";--> statement-breakpoint
ALTER TABLE "licenses" RENAME COLUMN "where_won" TO "where_won_en";--> statement-breakpoint
ALTER TABLE "licenses" RENAME COLUMN "note" TO "note_en";--> statement-breakpoint
ALTER TABLE "licenses" RENAME COLUMN "how_won" TO "how_won_en";--> statement-breakpoint
ALTER TABLE "licenses" RENAME COLUMN "team" TO "team_en";--> statement-breakpoint
ALTER TABLE "licenses" RENAME COLUMN "event" TO "event_en";--> statement-breakpoint
ALTER TABLE "reported_totals" RENAME COLUMN "note" TO "note_en";--> statement-breakpoint
ALTER TABLE "competition_windows" ADD COLUMN "note_ru" text;--> statement-breakpoint
ALTER TABLE "competition_windows" ADD COLUMN "note_kk" text;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "license_target_above" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "medal_rank" integer;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "note_ru" text;--> statement-breakpoint
ALTER TABLE "games" ADD COLUMN "note_kk" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "event_ru" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "event_kk" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "team_ru" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "team_kk" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "how_won_ru" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "how_won_kk" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "where_won_ru" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "where_won_kk" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "where_won_country" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "note_ru" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD COLUMN "note_kk" text;--> statement-breakpoint
ALTER TABLE "reported_totals" ADD COLUMN "note_ru" text;--> statement-breakpoint
ALTER TABLE "reported_totals" ADD COLUMN "note_kk" text;--> statement-breakpoint
ALTER TABLE "license_athletes" ADD CONSTRAINT "license_athletes_license_id_licenses_id_fk" FOREIGN KEY ("license_id") REFERENCES "public"."licenses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "license_athletes" ADD CONSTRAINT "license_athletes_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_athletes" ADD CONSTRAINT "result_athletes_result_id_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_athletes" ADD CONSTRAINT "result_athletes_athlete_id_athletes_id_fk" FOREIGN KEY ("athlete_id") REFERENCES "public"."athletes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_games_id_games_id_fk" FOREIGN KEY ("games_id") REFERENCES "public"."games"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_sport_id_sports_id_fk" FOREIGN KEY ("sport_id") REFERENCES "public"."sports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "athletes_name_en_idx" ON "athletes" USING btree ("name_en");--> statement-breakpoint
CREATE INDEX "license_athletes_athlete_idx" ON "license_athletes" USING btree ("athlete_id");--> statement-breakpoint
CREATE INDEX "result_athletes_athlete_idx" ON "result_athletes" USING btree ("athlete_id");--> statement-breakpoint
CREATE INDEX "results_games_idx" ON "results" USING btree ("games_id");--> statement-breakpoint
CREATE INDEX "results_sport_idx" ON "results" USING btree ("sport_id");--> statement-breakpoint
-- Athletes named in licenses.athletes become records: one per distinct name, linked in order.
INSERT INTO "athletes" ("name_en") SELECT DISTINCT "name" FROM "licenses", unnest("licenses"."athletes") AS "name";--> statement-breakpoint
INSERT INTO "license_athletes" ("license_id", "athlete_id", "position")
SELECT "l"."id", "a"."id", min("u"."ord") - 1
FROM "licenses" "l"
CROSS JOIN LATERAL unnest("l"."athletes") WITH ORDINALITY AS "u"("name", "ord")
JOIN "athletes" "a" ON "a"."name_en" = "u"."name"
GROUP BY "l"."id", "a"."id";--> statement-breakpoint
ALTER TABLE "licenses" DROP COLUMN "athletes";--> statement-breakpoint
ALTER TABLE "competition_windows" ADD CONSTRAINT "competition_windows_note_has_english" CHECK ("competition_windows"."note_en" is not null or ("competition_windows"."note_ru" is null and "competition_windows"."note_kk" is null));--> statement-breakpoint
ALTER TABLE "games" ADD CONSTRAINT "games_medal_rank_positive" CHECK ("games"."medal_rank" > 0);--> statement-breakpoint
ALTER TABLE "games" ADD CONSTRAINT "games_note_has_english" CHECK ("games"."note_en" is not null or ("games"."note_ru" is null and "games"."note_kk" is null));--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_where_won_country_code" CHECK ("licenses"."where_won_country" ~ '^[A-Z]{2}$');--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_event_has_english" CHECK ("licenses"."event_en" is not null or ("licenses"."event_ru" is null and "licenses"."event_kk" is null));--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_team_has_english" CHECK ("licenses"."team_en" is not null or ("licenses"."team_ru" is null and "licenses"."team_kk" is null));--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_how_won_has_english" CHECK ("licenses"."how_won_en" is not null or ("licenses"."how_won_ru" is null and "licenses"."how_won_kk" is null));--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_where_won_has_english" CHECK ("licenses"."where_won_en" is not null or ("licenses"."where_won_ru" is null and "licenses"."where_won_kk" is null));--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_note_has_english" CHECK ("licenses"."note_en" is not null or ("licenses"."note_ru" is null and "licenses"."note_kk" is null));--> statement-breakpoint
ALTER TABLE "reported_totals" ADD CONSTRAINT "reported_totals_note_has_english" CHECK ("reported_totals"."note_en" is not null or ("reported_totals"."note_ru" is null and "reported_totals"."note_kk" is null));